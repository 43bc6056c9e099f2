"""What another team's stack sees of a deployed stateful-app stack: its URL, the database hosts,
and the connection string, which stays a secret here too (encrypted in this stack's state, shown
only with --show-secrets)."""

import pulumi

app = pulumi.StackReference(pulumi.Config().require("appStack"))

pulumi.export("appUrl", app.require_output("url"))
pulumi.export("dbHosts", app.require_output("dbHosts"))
# A secret output of the app stack is a secret Output here; exported, it stays encrypted.
pulumi.export("dbConnectionString", app.require_output("dbConnectionString"))
