// Package shim re-exports the Terraform tls provider's constructor, which lives in an internal package.
package shim

import (
	"github.com/hashicorp/terraform-plugin-framework/provider"
	upstream "github.com/hashicorp/terraform-provider-tls/internal/provider"
)

// NewProvider returns the upstream terraform-plugin-framework provider.
func NewProvider() provider.Provider { return upstream.New() }
