package bundle

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/cipa-triage/cipa-triage/web/model"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Pin writes a firm's configuration into a page as
// <script type="application/json" id="cipa-triage-config">, which the app
// reads before anything else and which no link or other site can change
// (web/model/site.go). The file is checked strictly: a value the app would
// drop at run time is an error here, so a firm learns of a typo in its
// e-mail address when it builds, not from a visitor. A page already pinned
// gets the new configuration in place of the old.
//
// The element is data, not script: the page's Content-Security-Policy
// needs no change for it.
func Pin(page, config []byte) ([]byte, error) {
	site, notes := model.ParseSite(config)
	if len(notes) > 0 {
		// At run time a bad value is dropped; here it is refused.
		return nil, fmt.Errorf("firm configuration: %s", strings.ReplaceAll(strings.Join(notes, "; "), " ignored:", ":"))
	}
	if f := site.Firm; !f.HasFirm() && f.FirmEmail+f.FirmPhone+f.FirmURL+f.OfferText != "" {
		return nil, fmt.Errorf("firm configuration: firm_name is missing, and without it the page shows none of the firm's details")
	}
	// Written back from what was parsed, so only known, checked keys ship;
	// json.Marshal escapes < and >, so the text cannot close the element.
	text, err := json.Marshal(struct {
		model.Config
		EmbedOrigins []string `json:"embed_origins,omitempty"`
	}{site.Firm, site.EmbedOrigins})
	if err != nil {
		return nil, err
	}
	doc, err := parse(page)
	if err != nil {
		return nil, err
	}
	head := find(doc, atom.Head)
	if head == nil {
		return nil, fmt.Errorf("the page has no head to pin the configuration in")
	}
	var old []*html.Node
	walk(doc, func(n *html.Node) {
		if id, _ := attr(n, "id"); n.Type == html.ElementNode && id == model.PinnedElementID {
			old = append(old, n)
		}
	})
	for _, n := range old {
		n.Parent.RemoveChild(n)
	}
	el := textElement(atom.Script, text, []html.Attribute{
		{Key: "type", Val: "application/json"},
		{Key: "id", Val: model.PinnedElementID},
	})
	// Before the first script, so it is in the document when the app starts.
	insertFirstScript(head, el)
	return render(doc)
}
