// pulumi-tfgen-tls generates schema.json and bridge-metadata.json (`schema --out DIR`); build time only.
package main

import (
	pftfgen "github.com/pulumi/pulumi-terraform-bridge/v3/pkg/pf/tfgen"

	"stateful-app/toolchain/pulumi/tls/provider"
)

func main() { pftfgen.Main("tls", provider.Provider(nil)) }
