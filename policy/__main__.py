"""The stateful-app guard rails as a Pulumi policy pack (pulumi-policy, Python).

Run it with any Pulumi program that deploys Kubernetes objects:
    pulumi preview --policy-pack <this directory> [--policy-pack-config config/<stack>.json]
The rules live in guardrails/ (pure functions, unit-tested without the engine)."""

from guardrails.pack import serve

serve()
