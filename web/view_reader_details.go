package web

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/web/model"
	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"
	"github.com/hexops/vecty/prop"
)

// readerDetailsView draws what a reader found in detail. The HAR reader's
// findings and the terms reader's assent guide are told to a person, in
// sentences; other readers' details are drawn generically.
func readerDetailsView(reader string, details map[string]any) vecty.ComponentOrHTML {
	switch reader {
	case "har":
		if v := harDetailsView(details); v != nil {
			return v
		}
	case "terms":
		if g, ok := details["assent_guide"]; ok {
			rest := map[string]any{}
			for k, v := range details {
				if k != "assent_guide" {
					rest[k] = v
				}
			}
			return elem.Div(assentGuideView(g), DetailsView(rest))
		}
	}
	return DetailsView(details)
}

// decode reads a detail through JSON into the page's own shape of it, so a
// field the reader adds or drops never breaks the page.
func decodeDetail(v any, into any) bool {
	data, err := json.Marshal(v)
	return err == nil && json.Unmarshal(data, into) == nil
}

// The HAR reader's details, as far as the page tells them.
type harTag struct {
	Name          string   `json:"name"`
	Category      string   `json:"category"`
	Status        string   `json:"status"`
	IDs           []string `json:"ids"`
	FirstMS       *int64   `json:"first_ms"`
	FirstDataMS   *int64   `json:"first_data_ms"`
	BeforeConsent *bool    `json:"before_consent"`
	AfterReject   *bool    `json:"after_reject"`
	GPC           bool     `json:"gpc_sent"`
	Requests      int      `json:"requests"`
	DataRequests  int      `json:"data_requests"`
	DataSent      []struct {
		Kind  string `json:"kind"`
		Value string `json:"value"`
		Note  string `json:"note"`
	} `json:"data_sent"`
}

type harAnswer struct {
	Manager  string `json:"manager"`
	Decision string `json:"decision"`
	MS       *int64 `json:"ms"`
	Prior    bool   `json:"prior"`
}

type harConsent struct {
	Managers []struct {
		Name    string `json:"name"`
		FirstMS *int64 `json:"first_ms"`
	} `json:"managers"`
	Answer      *harAnswer `json:"answer"`
	Rejected    *harAnswer `json:"rejected"`
	GPCRequests int        `json:"gpc_requests"`
	Requests    int        `json:"requests"`
	Cookies     bool       `json:"cookies_in_har"`
}

type harFile struct {
	Creator string `json:"creator"`
	Entries int    `json:"entries"`
	Pages   int    `json:"pages"`
}

// seconds says a time after the page began loading the way people read it.
func seconds(ms *int64) string {
	if ms == nil {
		return ""
	}
	if *ms < 1000 {
		return fmt.Sprintf("%d milliseconds", *ms)
	}
	return fmt.Sprintf("%.1f seconds", float64(*ms)/1000)
}

// sentWords names what a tag sent, for a person.
var sentWords = map[string][2]string{ // kind: one, many
	"page_url":          {"the address of the page", "the addresses of the pages"},
	"referrer":          {"the page the visitor came from", "the pages the visitor came from"},
	"page_title":        {"the page's title", "the pages' titles"},
	"event":             {"an event name", "event names"},
	"button_text":       {"the text of a button clicked", "the text of buttons clicked"},
	"form_field":        {"the name of a form field", "the names of form fields"},
	"form_value":        {"what was typed into a form", "what was typed into forms"},
	"typed_text":        {"text the visitor typed", "text the visitor typed"},
	"hashed_identifier": {"a hashed email address or phone number", "hashed email addresses or phone numbers"},
	"masked_value":      {"a masked value", "masked values"},
	"cookie_id":         {"a visitor id from a cookie", "visitor ids from cookies"},
	"link_url":          {"the address of a link clicked", "the addresses of links clicked"},
	"chat_text":         {"chat messages", "chat messages"},
	"replay_upload":     {"a recording of the visit (session replay)", "recordings of the visit (session replay)"},
	"consent_mode":      {"the visitor's consent settings", "the visitor's consent settings"},
	"custom_data":       {"other details of the visit", "other details of the visit"},
	"device":            {"details of the device", "details of the device"},
}

// quoted kinds show their values: what a lawyer will ask to see.
var quoted = map[string]bool{"page_url": true, "event": true, "button_text": true, "form_field": true, "link_url": true}

func tagSentence(t harTag) string {
	var b strings.Builder
	b.WriteString(t.Name)
	if t.Status != "sent_data" {
		fmt.Fprintf(&b, " loaded (%s), but the recording shows it sending nothing about the visit.", nOf(t.Requests, "request", "requests"))
		return b.String()
	}
	when := seconds(t.FirstDataMS)
	if when == "" {
		when = seconds(t.FirstMS)
	}
	fmt.Fprintf(&b, " sent data about the visit in %d of its %s", t.DataRequests, nOf(t.Requests, "request", "requests"))
	if when != "" {
		fmt.Fprintf(&b, ", first %s after the page began to load", when)
	}
	switch {
	case t.AfterReject != nil && *t.AfterReject:
		b.WriteString(", and kept sending after the visitor said no to tracking")
	case t.BeforeConsent != nil && *t.BeforeConsent:
		b.WriteString(", before the visitor answered any consent banner")
	case t.BeforeConsent != nil:
		b.WriteString(", only after the visitor answered the consent banner")
	}
	if t.GPC {
		b.WriteString(", although the browser sent the Global Privacy Control signal")
	}
	b.WriteString(".")
	return b.String()
}

// sentItems lists what one tag sent, grouped by kind, with a few values.
func sentItems(t harTag) vecty.List {
	var order []string
	values := map[string][]string{}
	count := map[string]int{}
	for _, d := range t.DataSent {
		if _, ok := count[d.Kind]; !ok {
			order = append(order, d.Kind)
		}
		count[d.Kind]++
		v := strings.TrimSpace(d.Value)
		if quoted[d.Kind] && v != "" && len(values[d.Kind]) < 4 && !hasString(values[d.Kind], v) {
			values[d.Kind] = append(values[d.Kind], v)
		}
	}
	var items vecty.List
	for _, k := range order {
		w, ok := sentWords[k]
		if !ok {
			w = [2]string{model.Humanize(k), model.Humanize(k)}
		}
		text := w[0]
		if count[k] > 1 {
			text = w[1]
		}
		text = strings.ToUpper(text[:1]) + text[1:]
		if vs := values[k]; len(vs) > 0 {
			for i, v := range vs {
				vs[i] = "“" + model.Clip(v, 120) + "”"
			}
			text += ": " + strings.Join(vs, ", ")
		}
		items = append(items, elem.ListItem(vecty.Text(text)))
	}
	return items
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func nOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// harDetailsView tells what a recording shows: each tag, when it fired
// and what it sent; the consent banner and the visitor's answer; whether
// the browser asked sites not to track; and what the file is.
func harDetailsView(details map[string]any) vecty.ComponentOrHTML {
	var tags []harTag
	var consent harConsent
	var file harFile
	if !decodeDetail(details["trackers"], &tags) {
		return nil
	}
	decodeDetail(details["consent"], &consent)
	decodeDetail(details["har"], &file)

	var tagViews vecty.List
	for _, t := range tags {
		items := sentItems(t)
		tagViews = append(tagViews, elem.ListItem(vecty.Markup(vecty.Class("ct-har-tag")),
			elem.Paragraph(vecty.Text(tagSentence(t))),
			vecty.If(len(t.IDs) > 0, elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text("Account "+strings.Join(t.IDs, ", ")+" (the id the tag reports to: it names whose tag this is)."))),
			vecty.If(len(items) > 0, elem.Paragraph(vecty.Text("What it sent:"))),
			vecty.If(len(items) > 0, elem.UnorderedList(items))))
	}
	var banner []string
	for _, m := range consent.Managers {
		s := "A consent banner from " + m.Name + " appears in the recording"
		if w := seconds(m.FirstMS); w != "" {
			s += ", " + w + " after the page began to load"
		}
		banner = append(banner, s+".")
	}
	if len(consent.Managers) == 0 {
		banner = append(banner, "No consent banner the checker knows appears in the recording.")
	}
	if ans := consent.Answer; ans != nil {
		verb := map[string]string{"accepted": "accepted tracking", "rejected": "said no to tracking"}[ans.Decision]
		if verb == "" {
			verb = "answered the banner"
		}
		switch {
		case ans.Prior:
			banner = append(banner, "The visitor had already "+verb+" before the recording began, so everything recorded came after that answer.")
		case ans.MS != nil:
			banner = append(banner, "The visitor "+verb+" "+seconds(ans.MS)+" after the page began to load.")
		default:
			banner = append(banner, "The visitor "+verb+".")
		}
	} else if len(consent.Managers) > 0 {
		banner = append(banner, "The recording shows no answer to the banner.")
	}
	switch {
	case consent.GPCRequests == 0:
		banner = append(banner, "The browser did not send the Global Privacy Control signal (a \"do not sell or share\" request) in this recording.")
	default:
		banner = append(banner, fmt.Sprintf("The browser sent the Global Privacy Control signal (a \"do not sell or share\" request) with %d of %s.", consent.GPCRequests, nOf(consent.Requests, "request", "requests")))
	}
	var bannerViews vecty.List
	for _, s := range banner {
		bannerViews = append(bannerViews, elem.Paragraph(vecty.Text(s)))
	}
	about := fmt.Sprintf("The file records %s", nOf(file.Entries, "request", "requests"))
	if file.Pages > 0 {
		about += " on " + nOf(file.Pages, "page", "pages")
	}
	if c := strings.TrimSpace(file.Creator); c != "" {
		about += ", saved by " + c
	}
	about += ". Keep it with the other evidence: it shows what your site did on the day you recorded it."
	note, _ := details["privacy_note"].(string)
	return elem.Details(vecty.Markup(vecty.Class("ct-details"), prop.ID("ct-har-details")),
		elem.Summary(vecty.Text("What the recording shows, tag by tag")),
		elem.Heading4(vecty.Text("Tags")),
		emptyOr(len(tagViews) == 0, "No tag the checker knows appears in the recording.", elem.UnorderedList(vecty.Markup(vecty.Class("ct-plain-list")), tagViews)),
		elem.Heading4(vecty.Text("Consent")),
		bannerViews,
		elem.Heading4(vecty.Text("The file")),
		elem.Paragraph(vecty.Text(about)),
		vecty.If(note != "", elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text(note))),
	)
}

// The terms reader's assent guide.
type assentGuide struct {
	Question string   `json:"question"`
	Steps    []string `json:"steps"`
	Options  []struct {
		Value string   `json:"value"`
		Looks string   `json:"looks"`
		Means string   `json:"means"`
		Cases []string `json:"cases"`
	} `json:"options"`
	Cases []struct {
		ID       string `json:"id"`
		Name     string `json:"name"`
		Citation string `json:"citation"`
		Holding  string `json:"holding"`
		Source   string `json:"source"`
		Checked  string `json:"checked"`
		Confirm  bool   `json:"confirm"`
	} `json:"cases"`
	TermsSay *struct {
		Quote string `json:"quote"`
	} `json:"terms_say"`
	TermsDescribeClick *struct {
		Quote string `json:"quote"`
	} `json:"terms_describe_click"`
	Caution string `json:"caution"`
}

var assentNames = map[string]string{"clickwrap": "A box to tick or an \"I agree\" button (clickwrap)", "signinwrap": "A notice beside the button (sign-in wrap)", "browsewrap": "Only a link in the footer (browsewrap)", "none": "No terms at all"}

// assentGuideView tells the guide as a person would: how to look, what
// each kind of page means, and the decisions behind it, closed.
func assentGuideView(v any) vecty.ComponentOrHTML {
	var g assentGuide
	if !decodeDetail(v, &g) || len(g.Options) == 0 {
		return nil
	}
	var steps vecty.List
	for _, s := range g.Steps {
		steps = append(steps, elem.ListItem(vecty.Text(s)))
	}
	names := map[string]string{}
	for _, c := range g.Cases {
		names[c.ID] = c.Name
	}
	var opts vecty.List
	for _, o := range g.Options {
		title := assentNames[o.Value]
		if title == "" {
			title = model.Humanize(o.Value)
		}
		opts = append(opts, elem.ListItem(
			elem.Strong(vecty.Text(title+". ")),
			vecty.Text(o.Looks+" "+o.Means)))
	}
	var cases vecty.List
	for _, c := range g.Cases {
		checked := ""
		if d, err := core.ParseDate(c.Checked); err == nil {
			checked = "checked " + d.Long()
		}
		if c.Confirm {
			checked += ", to be confirmed"
		}
		name := c.Name
		// "Nguyen v. Barnes & Noble (9th Cir. 2014)" beside a citation that
		// ends in the same court and year says it once.
		if i := strings.LastIndex(name, " ("); i > 0 && c.Citation != "" && strings.HasSuffix(c.Citation, name[i+1:]) {
			name = name[:i]
		}
		cases = append(cases, elem.ListItem(
			elem.Strong(vecty.Text(name)), vecty.If(c.Citation != "", vecty.Text(", "+c.Citation)), vecty.Text(": "+c.Holding+" "),
			vecty.If(c.Source != "", elem.Anchor(vecty.Markup(prop.Href(c.Source), vecty.Attribute("target", "_blank"), vecty.Attribute("rel", "noopener noreferrer")), vecty.Text("Source"))),
			vecty.If(checked != "", vecty.Text(" ("+strings.TrimPrefix(checked, ", ")+")"))))
	}
	var click, say string
	if g.TermsDescribeClick != nil {
		click = strings.TrimSpace(g.TermsDescribeClick.Quote)
	}
	if g.TermsSay != nil {
		say = strings.TrimSpace(g.TermsSay.Quote)
	}
	return elem.Div(vecty.Markup(vecty.Class("ct-assent-guide"), prop.ID("ct-assent-guide")),
		elem.Heading4(vecty.Text(orDefault(g.Question, "How do users accept your terms?"))),
		elem.Paragraph(vecty.Text("Your terms bind a claimant only if they agreed to them. To see how your site asks:")),
		vecty.If(len(steps) > 0, elem.OrderedList(steps)),
		elem.Paragraph(vecty.Text("What you may see, strongest first:")),
		elem.UnorderedList(opts),
		vecty.If(click != "", elem.Paragraph(
			vecty.Text("Your terms describe a click or a tick: look for that box or button on the page. They say: “"+model.Clip(click, 300)+"”"))),
		vecty.If(say != "", elem.Paragraph(
			vecty.Text("Your terms say that using the site means agreeing to them. That shows what you meant, but on its own it is not the visitor's agreement: “"+model.Clip(say, 300)+"”"))),
		vecty.If(g.Caution != "", elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text(g.Caution))),
		vecty.If(len(cases) > 0, elem.Details(vecty.Markup(vecty.Class("ct-details")),
			elem.Summary(vecty.Text("The court decisions behind this")),
			elem.UnorderedList(cases))),
	)
}
