// Tests of the stand-in host as the engine uses it: the real binary, started with an engine address,
// talked to over gRPC. They need python3 on PATH; nothing leaves loopback (pip runs with --no-index).
package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/protobuf/types/known/structpb"

	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
)

// fakeEngine is a gRPC server answering health checks, as the engine's does.
func fakeEngine(t *testing.T) (addr string, stop func()) {
	t.Helper()
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := grpc.NewServer()
	healthpb.RegisterHealthServer(srv, health.NewServer())
	go func() { _ = srv.Serve(lis) }()
	t.Cleanup(srv.Stop)
	return lis.Addr().String(), srv.Stop
}

var hostBinary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "langhost-test")
	if err != nil {
		panic(err)
	}
	hostBinary = filepath.Join(dir, "pulumi-language-python")
	build := exec.Command("go", "build", "-o", hostBinary, ".")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// startHost starts the host binary for engineAddr and returns a client and the process.
func startHost(t *testing.T, engineAddr string) (pulumirpc.LanguageRuntimeClient, *exec.Cmd) {
	t.Helper()
	cmd := exec.Command(hostBinary, engineAddr)
	cmd.Env = append(os.Environ(), "PULUMI_LANGUAGE_HOST_HEALTH_INTERVAL=200ms")
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	port, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	conn, err := grpc.NewClient("127.0.0.1:"+strings.TrimSpace(port),
		grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return pulumirpc.NewLanguageRuntimeClient(conn), cmd
}

// pluginDir writes a Python plugin whose __main__.py is body.
func pluginDir(t *testing.T, body string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "__main__.py"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func programInfo(t *testing.T, dir string, options map[string]any) *pulumirpc.ProgramInfo {
	t.Helper()
	opts, err := structpb.NewStruct(options)
	if err != nil {
		t.Fatal(err)
	}
	return &pulumirpc.ProgramInfo{RootDirectory: dir, ProgramDirectory: dir, EntryPoint: ".", Options: opts}
}

// collect reads a RunPlugin stream to its end: stdout, stderr and the exit code (-1 if none).
func collect(t *testing.T, stream grpc.ServerStreamingClient[pulumirpc.RunPluginResponse]) (string, string, int32) {
	t.Helper()
	var stdout, stderr strings.Builder
	code := int32(-1)
	for {
		msg, err := stream.Recv()
		if err == io.EOF {
			return stdout.String(), stderr.String(), code
		}
		if err != nil {
			t.Fatal(err)
		}
		stdout.Write(msg.GetStdout())
		stderr.Write(msg.GetStderr())
		if c, ok := msg.GetOutput().(*pulumirpc.RunPluginResponse_Exitcode); ok {
			code = c.Exitcode
		}
	}
}

func TestRunPluginRunsTheDirectoryWithArgsEnvAndExitCode(t *testing.T) {
	engine, _ := fakeEngine(t)
	client, _ := startHost(t, engine)
	dir := pluginDir(t, `import os, sys
print("args", sys.argv[1:])
print("cwd", os.getcwd())
print("env", os.environ["PLUGIN_TEST"], file=sys.stderr)
sys.exit(3)
`)
	pwd := t.TempDir()
	stream, err := client.RunPlugin(context.Background(), &pulumirpc.RunPluginRequest{
		Pwd: pwd, Args: []string{"127.0.0.1:1234"}, Env: []string{"PLUGIN_TEST=yes"},
		Info: programInfo(t, dir, map[string]any{}), Kind: "resource",
	})
	if err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := collect(t, stream)
	if !strings.Contains(stdout, "args ['127.0.0.1:1234']") || !strings.Contains(stdout, "cwd "+pwd) {
		t.Errorf("stdout = %q", stdout)
	}
	if !strings.Contains(stderr, "env yes") {
		t.Errorf("stderr = %q", stderr)
	}
	if code != 3 {
		t.Errorf("exit code = %d, want 3", code)
	}
}

func TestRunPluginUsesTheVirtualenvFromTheOptions(t *testing.T) {
	engine, _ := fakeEngine(t)
	client, _ := startHost(t, engine)
	dir := pluginDir(t, "import sys\nprint(sys.prefix)\n")
	venv := filepath.Join(dir, "venv")
	// InstallDependencies creates the virtualenv and installs requirements.txt (a local package).
	pkg := filepath.Join(dir, "pkg")
	writeFiles(t, pkg, map[string]string{
		"pyproject.toml": "[build-system]\nrequires = [\"setuptools\"]\nbuild-backend = \"setuptools.build_meta\"\n" +
			"[project]\nname = \"langhost-test-pkg\"\nversion = \"1.2.3\"\n",
		"langhost_test_pkg/__init__.py": "",
	})
	writeFiles(t, dir, map[string]string{"requirements.txt": "./pkg\n"})
	t.Setenv("PIP_NO_INDEX", "1")
	t.Setenv("PIP_NO_BUILD_ISOLATION", "0") // use the virtualenv's setuptools, offline
	install, err := client.InstallDependencies(context.Background(), &pulumirpc.InstallDependenciesRequest{
		Info: programInfo(t, dir, map[string]any{"virtualenv": "venv"}), IsPlugin: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	var log strings.Builder
	for {
		msg, err := install.Recv()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%v\n%s", err, log.String())
		}
		log.Write(msg.GetStdout())
		log.Write(msg.GetStderr())
	}
	if _, err := os.Stat(filepath.Join(venv, "lib")); err != nil {
		t.Fatalf("no virtualenv: %v\n%s", err, log.String())
	}
	if !strings.Contains(log.String(), "Successfully installed langhost-test-pkg-1.2.3") {
		t.Errorf("install log = %s", log.String())
	}

	stream, err := client.RunPlugin(context.Background(), &pulumirpc.RunPluginRequest{
		Pwd: dir, Info: programInfo(t, dir, map[string]any{"virtualenv": "venv"}), Kind: "resource",
	})
	if err != nil {
		t.Fatal(err)
	}
	stdout, _, _ := collect(t, stream)
	if strings.TrimSpace(stdout) != venv {
		t.Errorf("plugin ran in %q, want the virtualenv %q", strings.TrimSpace(stdout), venv)
	}
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// The engine is killed (kill -9 of `pulumi up`): the host notices on its next health check, kills
// the plugin it is running and exits.
func TestHostAndItsPluginsExitWhenTheEngineIsGone(t *testing.T) {
	engine, stopEngine := fakeEngine(t)
	client, host := startHost(t, engine)
	pidFile := filepath.Join(t.TempDir(), "pid")
	dir := pluginDir(t, fmt.Sprintf(`import os, time
open(%q, "w").write(str(os.getpid()))
time.sleep(600)
`, pidFile))
	if _, err := client.RunPlugin(context.Background(), &pulumirpc.RunPluginRequest{
		Pwd: dir, Info: programInfo(t, dir, map[string]any{}), Kind: "resource",
	}); err != nil {
		t.Fatal(err)
	}
	pluginPID := waitForPID(t, pidFile)

	exited := make(chan error, 1)
	go func() { exited <- host.Wait() }()
	select {
	case <-exited:
		t.Fatal("host exited while the engine was alive")
	case <-time.After(time.Second):
	}
	stopEngine()
	select {
	case <-exited:
	case <-time.After(15 * time.Second):
		t.Fatal("host still running 15 s after the engine went away")
	}
	deadline := time.Now().Add(5 * time.Second)
	for syscall.Kill(pluginPID, 0) == nil {
		if time.Now().After(deadline) {
			t.Fatalf("plugin process %d still running after the host exited", pluginPID)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func waitForPID(t *testing.T, path string) int {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if data, err := os.ReadFile(path); err == nil && len(data) > 0 {
			pid, err := strconv.Atoi(string(data))
			if err == nil {
				return pid
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("plugin did not start")
	return 0
}
