// pulumi-resource-tls is the Pulumi resource plugin. schema.json and bridge-metadata.json are not in the
// repo: toolchain/build-pulumi.sh (tls) generates them with pulumi-tfgen-tls in a temporary copy of this module.
package main

import (
	"context"
	_ "embed"

	pf "github.com/pulumi/pulumi-terraform-bridge/v3/pkg/pf/tfbridge"

	"stateful-app/toolchain/pulumi/tls/provider"
)

//go:embed schema.json
var schema []byte

//go:embed bridge-metadata.json
var metadata []byte

func main() {
	pf.Main(context.Background(), "tls", provider.Provider(metadata), pf.ProviderMetadata{PackageSchema: schema})
}
