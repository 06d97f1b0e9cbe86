#!/usr/bin/env python3
"""Writes the ECS API model the endpoint checks requests against, from botocore's service-2.json.

Usage: compact-model.py SERVICE-2.JSON[.gz] > ../main/resources/dev/ecsdsl/api/ecs-2014-11-13.json

Keeps what a request or response check needs (operations with their input, output and errors; shapes with
their type, members, required members, enum values, min/max and patterns) and drops the documentation.
Operations the AWS SDK for Java v2's ecs 2.42.37 does not have are dropped, so that the endpoint's model is the
one the project tests with.
"""
import gzip
import json
import sys

NOT_IN_SDK = {"ContinueServiceDeployment"}
SHAPE_KEYS = ("type", "members", "required", "member", "key", "value", "enum", "min", "max", "pattern",
              "document", "exception", "fault")


def load(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return json.load(f)


def main(path):
    model = load(path)
    operations = {}
    for name, op in sorted(model["operations"].items()):
        if name in NOT_IN_SDK:
            continue
        operations[name] = {k: op[k] for k in ("input", "output", "errors") if k in op}
    shapes = {}
    for name, shape in sorted(model["shapes"].items()):
        compact = {k: shape[k] for k in SHAPE_KEYS if k in shape}
        if "members" in compact:
            compact["members"] = {m: {"shape": ref["shape"]} for m, ref in shape["members"].items()}
        for k in ("member", "key", "value"):
            if k in compact:
                compact[k] = {"shape": compact[k]["shape"]}
        shapes[name] = compact
    out = {"metadata": {k: model["metadata"][k] for k in ("apiVersion", "jsonVersion", "targetPrefix", "uid")},
           "operations": operations, "shapes": shapes}
    json.dump(out, sys.stdout, separators=(",", ":"), sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
