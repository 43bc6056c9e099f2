// pulumi-tfgen-random generates schema.json and bridge-metadata.json (`schema --out DIR`); build time only.
package main

import (
	pftfgen "github.com/pulumi/pulumi-terraform-bridge/v3/pkg/pf/tfgen"

	"stateful-app/toolchain/pulumi/random/provider"
)

func main() { pftfgen.Main("random", provider.Provider(nil)) }
