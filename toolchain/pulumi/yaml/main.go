// pulumi-language-yaml from github.com/pulumi/pulumi-yaml v1.25.0 (the newest release the Go module
// proxy serves; see toolchain/build-pulumi.sh), with one addition: the Link RPC.
//
// The Pulumi CLI this toolchain builds (3.259) ends `pulumi package add` by asking the project's
// language host to Link the package. pulumi-yaml implements Link only since January 2026
// (pulumi/pulumi-yaml#929, after every release the proxy serves), as a no-op: a YAML program needs
// nothing linked, the CLI records the package in Pulumi.yaml itself. Without it `pulumi package add`
// fails with "method Link not implemented". This main serves upstream's host unchanged plus that
// no-op; everything else (flags, engine health check, serving) follows upstream's
// cmd/pulumi-language-yaml.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"time"

	"github.com/pulumi/pulumi-yaml/pkg/server"
	"github.com/pulumi/pulumi/sdk/v3/go/common/util/cmdutil"
	"github.com/pulumi/pulumi/sdk/v3/go/common/util/logging"
	"github.com/pulumi/pulumi/sdk/v3/go/common/util/rpcutil"
	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
	"google.golang.org/grpc"
)

// linkingHost is upstream's YAML host plus Link.
type linkingHost struct {
	pulumirpc.LanguageRuntimeServer
}

// Link has nothing to do for YAML: packages are used by name from Pulumi.yaml's `packages`.
func (linkingHost) Link(context.Context, *pulumirpc.LinkRequest) (*pulumirpc.LinkResponse, error) {
	return &pulumirpc.LinkResponse{}, nil
}

func main() {
	tracing := flag.String("tracing", "", "Emit tracing to a Zipkin-compatible tracing endpoint")
	flag.String("root", "", "Root of the program execution")
	flag.String("compiler", "", "[obsolete] Compiler to use to pre-process YAML")
	flag.Parse()
	logging.InitLogging(false, 0, false)
	cmdutil.InitTracing("pulumi-language-yaml", "pulumi-language-yaml", *tracing)

	// The engine's address comes first; the host exits when the engine stops answering.
	var engineAddress string
	var cancel chan bool
	if flag.NArg() > 0 {
		engineAddress = flag.Arg(0)
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
		cancel = make(chan bool)
		go func() { <-ctx.Done(); stop(); close(cancel) }()
		if err := rpcutil.Healthcheck(ctx, engineAddress, 5*time.Minute, stop); err != nil {
			cmdutil.Exit(fmt.Errorf("could not start health check host RPC server: %w", err))
		}
	}

	handle, err := rpcutil.ServeWithOptions(rpcutil.ServeOptions{
		Cancel: cancel,
		Init: func(srv *grpc.Server) error {
			host := linkingHost{server.NewLanguageHost(engineAddress, *tracing, false /* useRPCLoader */)}
			pulumirpc.RegisterLanguageRuntimeServer(srv, host)
			return nil
		},
	})
	if err != nil {
		cmdutil.Exit(fmt.Errorf("could not start language host RPC server: %w", err))
	}
	fmt.Printf("%d\n", handle.Port)
	if err := <-handle.Done; err != nil {
		cmdutil.Exit(fmt.Errorf("language host RPC stopped serving: %w", err))
	}
}
