/**
 * JMH benchmarks. Build with {@code mvn -q -pl benchmarks -am package -DskipTests} and run with
 * {@code java -jar benchmarks/target/benchmarks.jar}; BENCHMARKS.md at the root of the repository has
 * the method and the numbers.
 */
package dev.ecsdsl.benchmarks;
