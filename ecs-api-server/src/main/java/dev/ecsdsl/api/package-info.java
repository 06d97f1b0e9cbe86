/** Amazon ECS's JSON 1.1 HTTP protocol on 127.0.0.1, backed by an ecs-dsl runtime. */
package dev.ecsdsl.api;
