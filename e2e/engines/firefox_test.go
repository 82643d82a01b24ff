package engines

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/websocket"
)

// firefoxPrefs keep Firefox off the network: a dead proxy for everything but
// loopback, and no updates, telemetry, safe-browsing or captive-portal
// checks. The remote agent adds its own recommended preferences on top.
const firefoxPrefs = `
user_pref("network.proxy.type", 1);
user_pref("network.proxy.http", "127.0.0.1");
user_pref("network.proxy.http_port", 9);
user_pref("network.proxy.ssl", "127.0.0.1");
user_pref("network.proxy.ssl_port", 9);
user_pref("network.proxy.socks", "127.0.0.1");
user_pref("network.proxy.socks_port", 9);
user_pref("network.proxy.no_proxies_on", "127.0.0.1,localhost");
user_pref("network.proxy.allow_hijacking_localhost", false);
user_pref("app.update.enabled", false);
user_pref("app.update.auto", false);
user_pref("app.normandy.enabled", false);
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("browser.startup.homepage_override.mstone", "ignore");
user_pref("browser.safebrowsing.malware.enabled", false);
user_pref("browser.safebrowsing.phishing.enabled", false);
user_pref("browser.safebrowsing.downloads.enabled", false);
user_pref("browser.safebrowsing.downloads.remote.enabled", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("datareporting.healthreport.uploadEnabled", false);
user_pref("toolkit.telemetry.enabled", false);
user_pref("toolkit.telemetry.unified", false);
user_pref("extensions.update.enabled", false);
user_pref("extensions.getAddons.cache.enabled", false);
user_pref("network.captive-portal-service.enabled", false);
user_pref("network.connectivity-service.enabled", false);
user_pref("network.dns.disablePrefetch", true);
user_pref("network.prefetch-next", false);
user_pref("services.settings.server", "http://127.0.0.1:9/");
user_pref("browser.region.network.url", "");
user_pref("geo.provider.network.url", "");
`

var bidiAddr = regexp.MustCompile(`WebDriver BiDi listening on (ws://\S+)`)

// firefox is a headless Firefox driven over WebDriver BiDi. The websocket
// client sends an Origin header, which Firefox accepts only when allowed.
type firefox struct {
	cmd     *exec.Cmd
	ws      *websocket.Conn
	context string

	mu      sync.Mutex
	nextID  int
	waiting map[int]chan bidiReply
	errors  []string
}

type bidiReply struct {
	Type   string          `json:"type"`
	ID     int             `json:"id"`
	Result json.RawMessage `json:"result"`
	Error  string          `json:"error"`
	Msg    string          `json:"message"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
}

func startFirefox(t testing.TB) page {
	t.Helper()
	bin := need(t, "firefox-esr")["firefox-esr"]
	profile := t.TempDir()
	if err := os.WriteFile(filepath.Join(profile, "user.js"), []byte(firefoxPrefs), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-remote", "--profile", profile, "--remote-debugging-port", "0", "--remote-allow-origins", "http://127.0.0.1", "about:blank")
	cmd.Env = append(os.Environ(), "MOZ_CRASHREPORTER_DISABLE=1", "HOME="+profile)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if m := bidiAddr.FindStringSubmatch(sc.Text()); m != nil {
				addr <- m[1]
			}
		}
	}()
	var url string
	select {
	case url = <-addr:
	case <-time.After(90 * time.Second):
		cancel()
		t.Fatal("Firefox did not start its WebDriver BiDi server within 90 s")
	}
	ws, err := websocket.Dial(strings.TrimSuffix(url, "/")+"/session", "", "http://127.0.0.1/")
	if err != nil {
		cancel()
		t.Fatalf("connecting to Firefox at %s: %v", url, err)
	}
	f := &firefox{cmd: cmd, ws: ws, waiting: map[int]chan bidiReply{}}
	go f.readLoop()
	t.Cleanup(func() { f.close(); cancel(); _ = cmd.Wait() })
	if _, err := f.call("session.new", map[string]any{"capabilities": map[string]any{}}); err != nil {
		t.Fatalf("session.new: %v", err)
	}
	if _, err := f.call("session.subscribe", map[string]any{"events": []string{"log.entryAdded"}}); err != nil {
		t.Fatalf("session.subscribe: %v", err)
	}
	tree, err := f.call("browsingContext.getTree", map[string]any{})
	if err != nil {
		t.Fatalf("browsingContext.getTree: %v", err)
	}
	var got struct {
		Contexts []struct {
			Context string `json:"context"`
		} `json:"contexts"`
	}
	if err := json.Unmarshal(tree, &got); err != nil || len(got.Contexts) == 0 {
		t.Fatalf("no browsing context in %s", tree)
	}
	f.context = got.Contexts[0].Context
	return f
}

func (f *firefox) readLoop() {
	for {
		var r bidiReply
		if err := websocket.JSON.Receive(f.ws, &r); err != nil {
			f.mu.Lock()
			for id, ch := range f.waiting {
				ch <- bidiReply{Type: "error", Error: "connection closed", Msg: err.Error()}
				delete(f.waiting, id)
			}
			f.mu.Unlock()
			return
		}
		if r.Type == "event" {
			if r.Method == "log.entryAdded" {
				var e struct {
					Level string `json:"level"`
					Text  string `json:"text"`
				}
				if json.Unmarshal(r.Params, &e) == nil && e.Level == "error" {
					f.mu.Lock()
					f.errors = append(f.errors, e.Text)
					f.mu.Unlock()
				}
			}
			continue
		}
		f.mu.Lock()
		ch := f.waiting[r.ID]
		delete(f.waiting, r.ID)
		f.mu.Unlock()
		if ch != nil {
			ch <- r
		}
	}
}

func (f *firefox) call(method string, params any) (json.RawMessage, error) {
	f.mu.Lock()
	f.nextID++
	id := f.nextID
	ch := make(chan bidiReply, 1)
	f.waiting[id] = ch
	f.mu.Unlock()
	if err := websocket.JSON.Send(f.ws, map[string]any{"id": id, "method": method, "params": params}); err != nil {
		return nil, err
	}
	select {
	case r := <-ch:
		if r.Type == "error" {
			return nil, fmt.Errorf("%s: %s: %s", method, r.Error, r.Msg)
		}
		return r.Result, nil
	case <-time.After(120 * time.Second):
		return nil, fmt.Errorf("%s: no answer in 120 s", method)
	}
}

func (f *firefox) navigate(url string) error {
	_, err := f.call("browsingContext.navigate", map[string]any{"context": f.context, "url": url, "wait": "complete"})
	return err
}

func (f *firefox) evaluate(expr string) (json.RawMessage, error) {
	res, err := f.call("script.evaluate", map[string]any{
		"expression": asJSON(expr), "target": map[string]any{"context": f.context},
		"awaitPromise": true, "resultOwnership": "none",
	})
	if err != nil {
		return nil, err
	}
	var r struct {
		Type   string `json:"type"`
		Result struct {
			Type  string `json:"type"`
			Value string `json:"value"`
		} `json:"result"`
		ExceptionDetails struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	if err := json.Unmarshal(res, &r); err != nil {
		return nil, err
	}
	if r.Type == "exception" {
		return nil, fmt.Errorf("exception: %s", r.ExceptionDetails.Text)
	}
	return json.RawMessage(r.Result.Value), nil
}

func (f *firefox) consoleErrors() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.errors...)
}

func (f *firefox) close() {
	_, _ = f.call("session.end", map[string]any{})
	f.ws.Close()
}
