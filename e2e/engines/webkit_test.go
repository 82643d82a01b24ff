package engines

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// miniBrowsers are where Debian puts WebKitGTK's MiniBrowser.
var miniBrowsers = []string{
	"/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
	"/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser",
	"/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
	"/usr/libexec/webkit2gtk-4.1/MiniBrowser",
}

// webkit is WebKitGTK's MiniBrowser driven over W3C WebDriver by
// WebKitWebDriver, on a virtual X display (Xvfb).
type webkit struct {
	base    string // http://127.0.0.1:PORT/session/ID
	client  *http.Client
	stopped func()
}

// recordErrors is installed in the page after each load: WebKitWebDriver has
// no log endpoint, so the page's own error events and console.error calls
// are kept where the test can read them. (Errors thrown before the page
// finished loading show up instead as an app that never became ready.)
const recordErrors = `(() => {
	if (window.__engineErrors) return true;
	window.__engineErrors = [];
	addEventListener("error", e => window.__engineErrors.push(String(e.message || e.error)));
	addEventListener("unhandledrejection", e => window.__engineErrors.push("unhandled rejection: " + String(e.reason)));
	const orig = console.error;
	console.error = function (...a) { window.__engineErrors.push(a.map(String).join(" ")); return orig.apply(this, a); };
	return true;
})()`

func startWebKit(t testing.TB) page {
	t.Helper()
	bins := need(t, "WebKitWebDriver", "Xvfb")
	mini := ""
	for _, p := range miniBrowsers {
		if _, err := os.Stat(p); err == nil {
			mini = p
			break
		}
	}
	if mini == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no WebKitGTK MiniBrowser found (it comes with webkit2gtk-driver's dependencies)")
		}
		t.Skip("no WebKitGTK MiniBrowser found")
	}
	ctx, cancel := context.WithCancel(context.Background())

	// A display of our own: the first free :N from 99.
	display := ""
	var xvfb *exec.Cmd
	for n := 99; n < 140 && display == ""; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err == nil {
			continue
		}
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X%d-lock", n)); err == nil {
			continue
		}
		xvfb = exec.CommandContext(ctx, bins["Xvfb"], fmt.Sprintf(":%d", n), "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
		if err := xvfb.Start(); err != nil {
			continue
		}
		display = fmt.Sprintf(":%d", n)
	}
	if display == "" {
		cancel()
		t.Fatal("no free X display for Xvfb")
	}
	for i := 0; i < 100; i++ {
		if _, err := os.Stat("/tmp/.X11-unix/X" + display[1:]); err == nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}

	caps := map[string]any{"capabilities": map[string]any{"alwaysMatch": map[string]any{
		"webkitgtk:browserOptions": map[string]any{"binary": mini, "args": []string{"--automation"}},
		// Everything but loopback goes to a dead proxy.
		"proxy": map[string]any{"proxyType": "manual", "httpProxy": "127.0.0.1:9", "sslProxy": "127.0.0.1:9", "noProxy": []string{"127.0.0.1", "localhost"}},
	}}}
	// A first MiniBrowser on a fresh machine has been seen to hang before
	// the session existed (a CI run waited 150 s on POST /session). Each try
	// gets its own driver and a bounded wait; a hung one is killed with all
	// it started, and its output is shown if the last try fails too.
	var w *webkit
	var tries []string
	for try := 1; try <= 3 && w == nil; try++ {
		var err error
		var out string
		w, out, err = startWebKitSession(bins["WebKitWebDriver"], display, t.TempDir(), caps)
		if err != nil {
			tries = append(tries, fmt.Sprintf("try %d: %v\n%s", try, err, out))
			t.Logf("WebKit try %d of 3 failed: %v", try, err)
		}
	}
	if w == nil {
		cancel()
		_ = xvfb.Wait()
		t.Fatalf("starting a WebKit session failed three times:\n%s", strings.Join(tries, "\n"))
	}
	stop := w.stopped
	w.stopped = func() { stop(); cancel(); _ = xvfb.Wait() }
	t.Cleanup(w.close)
	return w
}

// startWebKitSession starts WebKitWebDriver in a process group of its own
// and asks it for a session, waiting at most sessionWait. On failure it
// kills the group (driver, MiniBrowser, WebKit's helper processes) and
// returns what the driver printed.
func startWebKitSession(driver, display, home string, caps any) (*webkit, string, error) {
	const sessionWait = 60 * time.Second
	port, err := freePort()
	if err != nil {
		return nil, "", err
	}
	drv := exec.Command(driver, "--port="+strconv.Itoa(port), "--host=127.0.0.1")
	drv.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	// One writer for both streams, so exec copies them in one goroutine;
	// it is read only once that has ended (the driver has exited).
	out := &bytes.Buffer{}
	drv.Stdout, drv.Stderr = out, out
	drv.Env = append(os.Environ(), "DISPLAY="+display, "HOME="+home, "XDG_CACHE_HOME="+filepath.Join(home, "cache"),
		"XDG_DATA_HOME="+filepath.Join(home, "data"), "XDG_CONFIG_HOME="+filepath.Join(home, "config"),
		"WEBKIT_DISABLE_COMPOSITING_MODE=1", "GDK_BACKEND=x11",
		// No accessibility bus and no D-Bus autolaunch: on a machine
		// without a session bus, either can stall GTK's start.
		"NO_AT_BRIDGE=1", "GTK_A11Y=none", "DBUS_SESSION_BUS_ADDRESS=disabled:")
	if err := drv.Start(); err != nil {
		return nil, "", err
	}
	exited := make(chan struct{})
	go func() { _ = drv.Wait(); close(exited) }()
	kill := func() {
		_ = syscall.Kill(-drv.Process.Pid, syscall.SIGKILL)
		<-exited
	}
	w := &webkit{client: &http.Client{Timeout: 150 * time.Second}, stopped: kill}
	root := fmt.Sprintf("http://127.0.0.1:%d", port)
	for i := 0; ; i++ {
		if resp, err := http.Get(root + "/status"); err == nil {
			resp.Body.Close()
			break
		}
		select {
		case <-exited:
			return nil, out.String(), fmt.Errorf("WebKitWebDriver exited before it answered")
		default:
		}
		if i > 600 {
			kill()
			return nil, out.String(), fmt.Errorf("WebKitWebDriver did not answer within 60 s")
		}
		time.Sleep(100 * time.Millisecond)
	}
	var sess struct {
		SessionID string `json:"sessionId"`
	}
	ctx, cancel := context.WithTimeout(context.Background(), sessionWait)
	defer cancel()
	if err := w.doContext(ctx, root+"/session", caps, &sess); err != nil || sess.SessionID == "" {
		kill()
		if err == nil {
			err = fmt.Errorf("no session id")
		}
		return nil, out.String(), fmt.Errorf("POST /session: %w", err)
	}
	w.base = root + "/session/" + sess.SessionID
	return w, "", nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// do POSTs body (or DELETEs, with a nil body) and decodes the "value".
func (w *webkit) do(url string, body any, out any) error {
	return w.doContext(context.Background(), url, body, out)
}

func (w *webkit) doContext(ctx context.Context, url string, body any, out any) error {
	method := http.MethodPost
	var rd io.Reader
	if body == nil {
		method = http.MethodDelete
	} else {
		data, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(data)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := w.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var env struct {
		Value json.RawMessage `json:"value"`
	}
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, &env); err != nil {
		return fmt.Errorf("%s: %s", resp.Status, data)
	}
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Error   string `json:"error"`
			Message string `json:"message"`
		}
		_ = json.Unmarshal(env.Value, &e)
		return fmt.Errorf("%s: %s", e.Error, e.Message)
	}
	if out != nil {
		return json.Unmarshal(env.Value, out)
	}
	return nil
}

func (w *webkit) navigate(url string) error {
	if err := w.do(w.base+"/url", map[string]any{"url": url}, nil); err != nil {
		return err
	}
	_, err := w.evaluate(recordErrors)
	return err
}

func (w *webkit) evaluate(expr string) (json.RawMessage, error) {
	var s string
	// Execute Script awaits a returned promise (W3C WebDriver 13.2).
	if err := w.do(w.base+"/execute/sync", map[string]any{"script": "return " + asJSON(expr), "args": []any{}}, &s); err != nil {
		return nil, err
	}
	return json.RawMessage(s), nil
}

// setFile chooses a file on the page's file input, as a person would with
// the file dialog (W3C WebDriver: Element Send Keys with the file's path).
func (w *webkit) setFile(css, path string) error {
	var el map[string]string
	if err := w.do(w.base+"/element", map[string]any{"using": "css selector", "value": css}, &el); err != nil {
		return err
	}
	var id string
	for _, v := range el {
		id = v
	}
	return w.do(w.base+"/element/"+id+"/value", map[string]any{"text": path}, nil)
}

func (w *webkit) consoleErrors() []string {
	var errs []string
	if raw, err := w.evaluate(`window.__engineErrors || []`); err == nil {
		_ = json.Unmarshal(raw, &errs)
	}
	return errs
}

func (w *webkit) close() {
	if w.base != "" {
		_ = w.do(w.base, nil, nil)
		w.base = ""
	}
	if w.stopped != nil {
		w.stopped()
		w.stopped = nil
	}
}
