// Package provider maps the Terraform tls provider onto the Pulumi "tls" package with pulumi-tls's names
// (tls_private_key -> tls:index/privateKey:PrivateKey, tls_self_signed_cert -> ...SelfSignedCert, ...), so
// the pulumi-tls Python SDK talks to this plugin unchanged. New stacks only: pulumi-tls's own state
// upgrade hooks for stacks made before upstream moved to the plugin framework are not carried over.
package provider

import (
	pf "github.com/pulumi/pulumi-terraform-bridge/v3/pkg/pf/tfbridge"
	"github.com/pulumi/pulumi-terraform-bridge/v3/pkg/tfbridge"
	"github.com/pulumi/pulumi-terraform-bridge/v3/pkg/tfbridge/tokens"

	"github.com/hashicorp/terraform-provider-tls/shim"
)

// Version is stamped at link time (-X stateful-app/toolchain/pulumi/tls/provider.Version=...).
var Version string

// Provider returns the bridge configuration; metadata is the tfgen-produced bridge-metadata.json (nil for tfgen).
func Provider(metadata []byte) tfbridge.ProviderInfo {
	prov := tfbridge.ProviderInfo{
		P:            pf.ShimProvider(shim.NewProvider()),
		Name:         "tls",
		Description:  "A Pulumi package to create TLS resources in Pulumi programs.",
		Keywords:     []string{"pulumi", "tls"},
		License:      "MPL-2.0",
		Repository:   "https://github.com/hashicorp/terraform-provider-tls",
		GitHubOrg:    "hashicorp",
		Version:      Version,
		MetadataInfo: tfbridge.NewProviderMetadata(metadata),
	}
	prov.MustComputeTokens(tokens.SingleModule("tls_", "index", tokens.MakeStandard("tls")))
	return prov
}
