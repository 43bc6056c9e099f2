// CoreDNS with only the plugins the local cluster's DNS needs: cluster names from the API server
// (kubernetes), a cache, health/readiness endpoints, and a template that answers every other
// name NXDOMAIN on the spot. There is no forward plugin, so no lookup ever leaves the machine.
package main

import (
	"github.com/coredns/coredns/core/dnsserver"
	"github.com/coredns/coredns/coremain"

	_ "github.com/coredns/coredns/plugin/bind"
	_ "github.com/coredns/coredns/plugin/cache"
	_ "github.com/coredns/coredns/plugin/errors"
	_ "github.com/coredns/coredns/plugin/health"
	_ "github.com/coredns/coredns/plugin/kubernetes"
	_ "github.com/coredns/coredns/plugin/ready"
	_ "github.com/coredns/coredns/plugin/template"
)

func init() {
	// Execution order of the plugins in a server block (upstream's order, restricted to ours).
	dnsserver.Directives = []string{"bind", "ready", "health", "errors", "cache", "template", "kubernetes"}
}

func main() {
	coremain.Run()
}
