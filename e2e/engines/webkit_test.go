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

	port := freePort(t)
	drv := exec.CommandContext(ctx, bins["WebKitWebDriver"], "--port="+strconv.Itoa(port), "--host=127.0.0.1")
	home := t.TempDir()
	drv.Env = append(os.Environ(), "DISPLAY="+display, "HOME="+home, "XDG_CACHE_HOME="+filepath.Join(home, "cache"),
		"XDG_DATA_HOME="+filepath.Join(home, "data"), "WEBKIT_DISABLE_COMPOSITING_MODE=1", "GDK_BACKEND=x11")
	if err := drv.Start(); err != nil {
		cancel()
		t.Fatal(err)
	}
	w := &webkit{client: &http.Client{Timeout: 150 * time.Second}}
	w.stopped = func() { cancel(); _ = drv.Wait(); _ = xvfb.Wait() }
	root := fmt.Sprintf("http://127.0.0.1:%d", port)
	for i := 0; ; i++ {
		if resp, err := http.Get(root + "/status"); err == nil {
			resp.Body.Close()
			break
		}
		if i > 600 {
			w.stopped()
			t.Fatal("WebKitWebDriver did not answer within 60 s")
		}
		time.Sleep(100 * time.Millisecond)
	}
	caps := map[string]any{"capabilities": map[string]any{"alwaysMatch": map[string]any{
		"webkitgtk:browserOptions": map[string]any{"binary": mini, "args": []string{"--automation"}},
		// Everything but loopback goes to a dead proxy.
		"proxy": map[string]any{"proxyType": "manual", "httpProxy": "127.0.0.1:9", "sslProxy": "127.0.0.1:9", "noProxy": []string{"127.0.0.1", "localhost"}},
	}}}
	var sess struct {
		SessionID string `json:"sessionId"`
	}
	if err := w.do(root+"/session", caps, &sess); err != nil || sess.SessionID == "" {
		w.stopped()
		t.Fatalf("starting a WebKit session: %v", err)
	}
	w.base = root + "/session/" + sess.SessionID
	t.Cleanup(w.close)
	return w
}

func freePort(t testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// do POSTs body (or DELETEs, with a nil body) and decodes the "value".
func (w *webkit) do(url string, body any, out any) error {
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
	req, err := http.NewRequest(method, url, rd)
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
