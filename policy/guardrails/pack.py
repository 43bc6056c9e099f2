"""The rules of guardrails.catalog as pulumi-policy objects, and the pack's server."""

from __future__ import annotations

from typing import Any

from pulumi_policy import (
    EnforcementLevel,
    PolicyConfigSchema,
    PolicyPack,
    ReportViolation,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
)

from guardrails.catalog import RULES, Rule, resource_violations, stack_violations

PACK_NAME = "stateful-app-guardrails"
LEVELS = {"mandatory": EnforcementLevel.MANDATORY, "advisory": EnforcementLevel.ADVISORY}


def _described(rule: Rule) -> dict[str, Any]:
    """What every pulumi-policy policy of a rule states about itself."""
    return {
        "name": rule.name,
        "description": rule.description,
        "enforcement_level": LEVELS[rule.level],
        "config_schema": PolicyConfigSchema(properties=rule.config) if rule.config else None,
    }


def _resource_policy(rule: Rule) -> ResourceValidationPolicy:
    def validate(args: ResourceValidationArgs, report: ReportViolation) -> None:
        for message in resource_violations(rule, args.resource_type, args.props, args.get_config()):
            report(f"{args.name}: {message}", None)

    return ResourceValidationPolicy(**_described(rule), validate=validate)


def _stack_policy(rule: Rule) -> StackValidationPolicy:
    def validate(args: StackValidationArgs, report: ReportViolation) -> None:
        resources = [(r.resource_type, r.props) for r in args.resources]
        urns = {id(r.props): r.urn for r in args.resources}
        for at_fault, message in stack_violations(rule, resources, args.get_config()):
            report(message, urns.get(id(at_fault)))

    return StackValidationPolicy(**_described(rule), validate=validate)


def policies() -> list[Any]:
    return [_stack_policy(r) if r.stack_check else _resource_policy(r) for r in RULES]


def serve() -> None:
    """Starts the pack's analyzer server (blocks; the engine talks to it over gRPC)."""
    PolicyPack(name=PACK_NAME, policies=policies())
