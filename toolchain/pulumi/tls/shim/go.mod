// Nested module that exposes the Terraform tls provider's internal constructor. Its module path must sit
// under github.com/hashicorp/terraform-provider-tls so Go's internal-package rule allows the import; the
// parent wrapper module points at it with a local replace.
module github.com/hashicorp/terraform-provider-tls/shim

go 1.25

require (
	github.com/hashicorp/terraform-plugin-framework v1.14.1
	github.com/hashicorp/terraform-provider-tls v1.2.1-0.20250423195406-eefba144662d
)

require (
	github.com/fatih/color v1.16.0 // indirect
	github.com/google/go-cmp v0.7.0 // indirect
	github.com/hashicorp/go-hclog v1.6.3 // indirect
	github.com/hashicorp/terraform-plugin-framework-validators v0.17.0 // indirect
	github.com/hashicorp/terraform-plugin-go v0.26.0 // indirect
	github.com/hashicorp/terraform-plugin-log v0.9.0 // indirect
	github.com/mattn/go-colorable v0.1.13 // indirect
	github.com/mattn/go-isatty v0.0.20 // indirect
	github.com/mitchellh/go-testing-interface v1.14.1 // indirect
	github.com/vmihailenco/msgpack/v5 v5.4.1 // indirect
	github.com/vmihailenco/tagparser/v2 v2.0.0 // indirect
	golang.org/x/crypto v0.37.0 // indirect
	golang.org/x/net v0.39.0 // indirect
	golang.org/x/sys v0.32.0 // indirect
	golang.org/x/text v0.24.0 // indirect
)
