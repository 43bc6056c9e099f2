// Stand-in Python language host ("pulumi-language-python") for the offline toolchain.
//
// The upstream host lives in its own module, github.com/pulumi/pulumi/sdk/python/cmd/pulumi-language-python/v3,
// which has no tags and which the Go module proxy reachable here does not serve at any release commit (see
// toolchain/build-pulumi.sh). This host implements what the engine asks of a Python host here:
//   - Run: `pulumi preview/up/destroy/refresh` of a Python program, through the upstream
//     `pulumi-language-python-exec` script (copied from the sdk/v3 module zip next to this binary), in the
//     virtualenv named by the project's `runtime.options.virtualenv`;
//   - RunPlugin: a plugin written in Python (a directory with PulumiPlugin.yaml `runtime: python`, such as
//     a component package, run as `python <dir> <args>`; or a policy pack, kind "analyzer", run as
//     `python -m pulumi.policy <args> <dir>` behind the SDK's policy proxy, like upstream);
//   - InstallDependencies: creates the virtualenv and installs requirements.txt into it (plugins
//     installed by `pulumi package add`/`plugin install`, and `pulumi install`).
//
// It also watches the engine that started it (gRPC health checks on the engine address, like the upstream
// hosts) and exits when the engine is gone, killing the programs and plugins it started, so a `kill -9` of
// `pulumi up` leaves nothing running. Not implemented: `pulumi new`/`about`, program and SDK code generation
// (GenerateProject/GenerateProgram/GeneratePackage/Pack/Link: Python programs pip-install components
// instead of generating an SDK). Plugins are resolved on demand (ambient plugins on PATH), so
// GetRequiredPackages returns an empty list.
package main

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"

	"google.golang.org/grpc"
	pbempty "google.golang.org/protobuf/types/known/emptypb"

	sdk "github.com/pulumi/pulumi/sdk/v3"
	"github.com/pulumi/pulumi/sdk/v3/go/common/util/rpcutil"
	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
)

// version is stamped at build time (-X main.version=...).
var version = "0.0.0-dev"

// runExec runs the exec script and skips the interpreter's teardown afterwards (see run_exec.py).
//
//go:embed run_exec.py
var runExec string

// Exit code the exec script uses after printing an actionable message itself.
const bailExitCode = 32

// analyzerKind is RunPluginRequest.Kind for policy packs (apitype.AnalyzerPlugin).
const analyzerKind = "analyzer"

// How often the engine's health is checked, and how long shutdown may take before a hard exit.
// Upstream checks every 5 minutes; a loopback health check is cheap, and an orphaned host (and the
// program it runs) should not outlive its engine by minutes.
var (
	healthInterval = durationFromEnv("PULUMI_LANGUAGE_HOST_HEALTH_INTERVAL", 2*time.Second)
	shutdownGrace  = 10 * time.Second
)

func durationFromEnv(name string, fallback time.Duration) time.Duration {
	if d, err := time.ParseDuration(os.Getenv(name)); err == nil && d > 0 {
		return d
	}
	return fallback
}

type host struct {
	pulumirpc.UnimplementedLanguageRuntimeServer
	execScript string

	// life is cancelled when the engine goes away; every child process is started under it.
	life     context.Context
	shutdown context.CancelFunc

	mu            sync.Mutex
	engineAddress string
	watched       map[string]bool // engine addresses under health check
}

// watchEngine starts a health check of addr (once per address); a failed check shuts the host down.
func (h *host) watchEngine(addr string) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.engineAddress = addr
	if addr == "" || h.watched[addr] {
		return nil
	}
	h.watched[addr] = true
	return rpcutil.Healthcheck(h.life, addr, healthInterval, h.shutdown)
}

func (h *host) engine() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.engineAddress
}

// command is exec.CommandContext under both the request's context and the host's lifetime.
func (h *host) command(ctx context.Context, name string, args ...string) (*exec.Cmd, context.CancelFunc) {
	ctx, cancel := context.WithCancel(ctx)
	stop := context.AfterFunc(h.life, cancel)
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.WaitDelay = shutdownGrace
	return cmd, func() { stop(); cancel() }
}

func (h *host) Handshake(ctx context.Context, req *pulumirpc.LanguageHandshakeRequest) (*pulumirpc.LanguageHandshakeResponse, error) {
	if err := h.watchEngine(req.GetEngineAddress()); err != nil {
		return nil, fmt.Errorf("could not start the engine health check: %w", err)
	}
	return &pulumirpc.LanguageHandshakeResponse{}, nil
}

func (h *host) GetPluginInfo(context.Context, *pbempty.Empty) (*pulumirpc.PluginInfo, error) {
	return &pulumirpc.PluginInfo{Version: version}, nil
}

func (h *host) GetRequiredPlugins(context.Context, *pulumirpc.GetRequiredPluginsRequest) (*pulumirpc.GetRequiredPluginsResponse, error) {
	return &pulumirpc.GetRequiredPluginsResponse{}, nil
}

func (h *host) GetRequiredPackages(context.Context, *pulumirpc.GetRequiredPackagesRequest) (*pulumirpc.GetRequiredPackagesResponse, error) {
	return &pulumirpc.GetRequiredPackagesResponse{}, nil
}

// virtualenv is the absolute virtualenv directory named by the runtime options, or "".
func virtualenv(info *pulumirpc.ProgramInfo) string {
	venv, _ := info.GetOptions().AsMap()["virtualenv"].(string)
	if venv != "" && !filepath.IsAbs(venv) {
		venv = filepath.Join(info.GetRootDirectory(), venv)
	}
	return venv
}

// python returns the interpreter to use and extra environment for it.
func python(info *pulumirpc.ProgramInfo) (string, []string) {
	if venv := virtualenv(info); venv != "" {
		return filepath.Join(venv, "bin", "python"), []string{
			"VIRTUAL_ENV=" + venv,
			"PATH=" + filepath.Join(venv, "bin") + string(os.PathListSeparator) + os.Getenv("PATH"),
		}
	}
	if cmd := os.Getenv("PULUMI_PYTHON_CMD"); cmd != "" {
		return cmd, nil
	}
	return "python3", nil
}

// InstallDependencies creates the virtualenv named by the runtime options when it is missing and
// installs the program's requirements.txt into it (pip runs in the program directory, so relative
// paths in requirements.txt are relative to it). Without a virtualenv option there is nothing of
// ours to install into: the program uses the interpreter it is given.
func (h *host) InstallDependencies(req *pulumirpc.InstallDependenciesRequest, server grpc.ServerStreamingServer[pulumirpc.InstallDependenciesResponse]) error {
	info := req.GetInfo()
	venv := virtualenv(info)
	if venv == "" {
		return nil
	}
	closer, stdout, stderr, err := rpcutil.MakeInstallDependenciesStreams(server, req.GetIsTerminal())
	if err != nil {
		return err
	}
	defer closer.Close()
	run := func(name string, args ...string) error {
		cmd, done := h.command(server.Context(), name, args...)
		defer done()
		cmd.Dir = info.GetProgramDirectory()
		cmd.Stdout, cmd.Stderr = stdout, stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("%s %v: %w", name, args, err)
		}
		return nil
	}
	if _, err := os.Stat(filepath.Join(venv, "bin", "python")); err != nil {
		fmt.Fprintf(stdout, "Creating virtual environment %s ...\n", venv)
		if err := run(pythonForVenv(), "-m", "venv", venv); err != nil {
			return err
		}
	}
	requirements := filepath.Join(info.GetProgramDirectory(), "requirements.txt")
	if _, err := os.Stat(requirements); err == nil {
		fmt.Fprintf(stdout, "Installing %s ...\n", requirements)
		py, _ := python(info)
		if err := run(py, "-m", "pip", "install", "--disable-pip-version-check", "-r", requirements); err != nil {
			return err
		}
	}
	return closer.Close()
}

func pythonForVenv() string {
	if cmd := os.Getenv("PULUMI_PYTHON_CMD"); cmd != "" {
		return cmd
	}
	return "python3"
}

func (h *host) Run(ctx context.Context, req *pulumirpc.RunRequest) (*pulumirpc.RunResponse, error) {
	info := req.GetInfo()
	program := req.GetProgram()
	if info != nil {
		program = filepath.Join(info.GetProgramDirectory(), info.GetEntryPoint())
	}
	args := []string{"-u", "-c", runExec, h.execScript,
		"--monitor", req.GetMonitorAddress(),
		"--engine", h.engine(),
		"--project", req.GetProject(),
		"--stack", req.GetStack(),
		"--pwd", req.GetPwd(),
		"--dry_run", strconv.FormatBool(req.GetDryRun()),
		"--parallel", strconv.Itoa(int(req.GetParallel())),
	}
	if info != nil && info.GetRootDirectory() != "" {
		args = append(args, "--root_directory", info.GetRootDirectory())
	}
	if req.GetOrganization() != "" {
		args = append(args, "--organization", req.GetOrganization())
	}
	args = append(args, program)
	args = append(args, req.GetArgs()...)

	configMap := req.GetConfig()
	if configMap == nil {
		configMap = map[string]string{} // the SDK expects a JSON object, not null
	}
	config, err := json.Marshal(configMap)
	if err != nil {
		return nil, err
	}
	secretKeys := req.GetConfigSecretKeys()
	if secretKeys == nil {
		secretKeys = []string{}
	}
	secrets, err := json.Marshal(secretKeys)
	if err != nil {
		return nil, err
	}

	py, pyEnv := python(info)
	cmd, done := h.command(ctx, py, args...)
	defer done()
	cmd.Dir = req.GetPwd()
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	cmd.Env = append(os.Environ(), pyEnv...)
	cmd.Env = append(cmd.Env, "PULUMI_CONFIG="+string(config), "PULUMI_CONFIG_SECRET_KEYS="+string(secrets),
		"PYTHONUNBUFFERED=1")
	if err := cmd.Run(); err != nil {
		var exitErr *exec.ExitError
		if errors.As(err, &exitErr) {
			if exitErr.ExitCode() == bailExitCode {
				return &pulumirpc.RunResponse{Bail: true}, nil
			}
			return &pulumirpc.RunResponse{Error: fmt.Sprintf("Program exited with non-zero exit code: %d", exitErr.ExitCode())}, nil
		}
		return &pulumirpc.RunResponse{Error: fmt.Sprintf("Problem executing program (could not run %s): %v", py, err)}, nil
	}
	return &pulumirpc.RunResponse{}, nil
}

// RunPlugin runs a plugin written in Python and streams its output to the engine, which reads the
// plugin's gRPC port from the first line of stdout; the last message is the plugin's exit code.
func (h *host) RunPlugin(req *pulumirpc.RunPluginRequest, server grpc.ServerStreamingServer[pulumirpc.RunPluginResponse]) error {
	ctx := server.Context()
	info := req.GetInfo()
	dir := info.GetProgramDirectory()
	py, pyEnv := python(info)
	if _, err := os.Stat(py); filepath.IsAbs(py) && err != nil {
		return fmt.Errorf("plugin %s: no Python interpreter at %s (install its dependencies first, e.g. "+
			"`pulumi install` or `pulumi plugin install`): %w", dir, py, err)
	}

	closer, stdout, stderr, err := rpcutil.MakeRunPluginStreams(server, false)
	if err != nil {
		return err
	}
	defer closer.Close()

	policy := req.GetKind() == analyzerKind
	var args []string
	if policy {
		// Policy packs take their directory last (the pulumi.policy entry point's convention).
		args = append(append([]string{"-u", "-m", "pulumi.policy"}, req.GetArgs()...), dir)
	} else {
		args = append([]string{"-u", dir}, req.GetArgs()...)
	}
	cmd, done := h.command(ctx, py, args...)
	defer done()
	cmd.Env = append(append(os.Environ(), pyEnv...), req.GetEnv()...)
	cmd.Dir = req.GetPwd()

	var proxy *sdk.PolicyProxy
	if policy {
		// Policy packs run in their own directory and learn the stack's configuration from the
		// environment, which the SDK's proxy obtains from the engine before the pack starts.
		cmd.Dir = dir
		if proxy, stdout, err = sdk.NewPolicyProxy(ctx, stdout); err != nil {
			return fmt.Errorf("could not start the policy pack proxy: %w", err)
		}
		config, err := proxy.AwaitConfiguration(ctx)
		if err != nil {
			return fmt.Errorf("could not get the stack configuration: %w", err)
		}
		cmd.Env = append(cmd.Env, policyEnv(config)...)
	}
	cmd.Stdout, cmd.Stderr = stdout, stderr

	if err := cmd.Start(); err != nil {
		return fmt.Errorf("could not run plugin %s with %s: %w", dir, py, err)
	}
	if proxy != nil {
		err = proxy.Attach(ctx, cmd) // waits for the pack, proxying the engine's calls to it
	} else {
		err = cmd.Wait()
	}
	if err != nil {
		var exitErr *exec.ExitError
		if !errors.As(err, &exitErr) {
			return fmt.Errorf("plugin %s: %w", dir, err)
		}
		code := int32(exitErr.ExitCode())
		if status, ok := exitErr.Sys().(syscall.WaitStatus); ok && status.Signaled() {
			code = int32(128 + status.Signal())
		}
		return server.Send(&pulumirpc.RunPluginResponse{Output: &pulumirpc.RunPluginResponse_Exitcode{Exitcode: code}})
	}
	return closer.Close()
}

// policyEnv is the environment the Python policy SDK reads the stack's identity and config from.
func policyEnv(config *pulumirpc.AnalyzerStackConfigureRequest) []string {
	if config == nil {
		return nil
	}
	var env []string
	add := func(key, value string) {
		if value != "" {
			env = append(env, key+"="+value)
		}
	}
	add("PULUMI_ORGANIZATION", config.GetOrganization())
	add("PULUMI_PROJECT", config.GetProject())
	add("PULUMI_STACK", config.GetStack())
	add("PULUMI_DRY_RUN", strconv.FormatBool(config.GetDryRun()))
	if config.GetConfig() != nil {
		if data, err := json.Marshal(config.GetConfig()); err == nil {
			add("PULUMI_CONFIG", string(data))
		}
	}
	return env
}

func newHost(execScript string) *host {
	life, shutdown := context.WithCancel(context.Background())
	return &host{execScript: execScript, life: life, shutdown: shutdown, watched: map[string]bool{}}
}

func main() {
	// The engine passes its address as the last positional argument; tolerate the legacy flags.
	flag.String("tracing", "", "Emit tracing to a Zipkin-compatible tracing endpoint")
	flag.String("root", "", "Project root path (legacy)")
	flag.String("virtualenv", "", "Virtual environment path (legacy; use runtime.options)")
	flag.String("toolchain", "", "Python toolchain (legacy)")
	flag.String("typechecker", "", "Type checker (legacy)")
	flag.Parse()

	self, err := os.Executable()
	if err != nil {
		fmt.Fprintf(os.Stderr, "pulumi-language-python: %v\n", err)
		os.Exit(1)
	}
	h := newHost(filepath.Join(filepath.Dir(self), "pulumi-language-python-exec"))
	if flag.NArg() > 0 {
		if err := h.watchEngine(flag.Arg(flag.NArg() - 1)); err != nil {
			fmt.Fprintf(os.Stderr, "pulumi-language-python: could not start the engine health check: %v\n", err)
			os.Exit(1)
		}
	}

	// When the engine is gone: children are killed through h.life, so in-flight RPCs return and the
	// server stops gracefully; a hard exit follows if that takes too long.
	stop := make(chan bool)
	go func() {
		<-h.life.Done()
		close(stop)
		time.Sleep(shutdownGrace)
		fmt.Fprintln(os.Stderr, "pulumi-language-python: engine gone, forcing exit")
		os.Exit(1)
	}()

	handle, err := rpcutil.ServeWithOptions(rpcutil.ServeOptions{
		Cancel: stop,
		Init: func(srv *grpc.Server) error {
			pulumirpc.RegisterLanguageRuntimeServer(srv, h)
			return nil
		},
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "pulumi-language-python: could not start language host: %v\n", err)
		os.Exit(1)
	}
	fmt.Printf("%d\n", handle.Port)
	if err := <-handle.Done; err != nil {
		fmt.Fprintf(os.Stderr, "pulumi-language-python: %v\n", err)
		os.Exit(1)
	}
	if h.life.Err() != nil {
		fmt.Fprintln(os.Stderr, "pulumi-language-python: engine gone, exiting")
	}
}
