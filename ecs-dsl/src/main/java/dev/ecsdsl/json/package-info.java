/**
 * ECS JSON import and export. {@link dev.ecsdsl.json.EcsJson} reads the JSON that {@code aws ecs
 * register-task-definition --cli-input-json} and {@code aws ecs create-service --cli-input-json} take (and
 * describe output) into the model, reporting every problem of a file at once with its path, line and
 * column, and writes the model back as that JSON, losslessly for every member the model holds.
 */
package dev.ecsdsl.json;
