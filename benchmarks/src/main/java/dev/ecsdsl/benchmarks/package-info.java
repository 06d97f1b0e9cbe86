/**
 * JMH benchmarks, and {@link dev.ecsdsl.benchmarks.DockerStartLatency} (a plain {@code main} that compares
 * container starts on the Docker runtime with plain {@code docker run}). Build with
 * {@code mvn -q -pl benchmarks -am package -DskipTests} and run with
 * {@code java -jar benchmarks/target/benchmarks.jar} (JMH) or
 * {@code java -cp benchmarks/target/benchmarks.jar dev.ecsdsl.benchmarks.DockerStartLatency};
 * BENCHMARKS.md at the root of the repository has the method and the numbers.
 */
package dev.ecsdsl.benchmarks;
