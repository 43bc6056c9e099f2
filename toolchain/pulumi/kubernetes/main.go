// Entry point for pulumi-resource-kubernetes. Upstream's cmd/pulumi-resource-kubernetes/main.go embeds
// generated, gitignored files, so it cannot be built from the module proxy; this one embeds copies of the
// committed schema.json / terraform-mapping.json, which toolchain/build-pulumi.sh copies from GOMODCACHE
// into a temporary build directory next to this file (they are never committed).
package main

import (
	_ "embed"

	"github.com/pulumi/pulumi-kubernetes/provider/v4/pkg/provider"
	"github.com/pulumi/pulumi-kubernetes/provider/v4/pkg/version"
)

//go:embed schema.json
var pulumiSchema []byte

//go:embed terraform-mapping.json
var terraformMapping []byte

func main() {
	provider.Serve("kubernetes", version.Version, pulumiSchema, terraformMapping)
}
