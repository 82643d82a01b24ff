package draft

import (
	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/knowledge"
)

// hold is the preservation (litigation hold) note: what to keep, from
// which day, and what not to do. The day is the earliest in the matter: the
// first visit the letter names, else the start of the one-year limitations
// window counted back from the letter (or from today).
func hold(m *matter) Doc {
	b := newBuilder(Hold, say("draft.hold.title"))
	l := m.a.Letter

	b.heading(2, say("draft.hold.for_you"))
	b.para(say("draft.hold.why_now"))
	b.para(say("draft.hold.fill_blanks"))

	b.heading(2, say("draft.hold.note_heading"))
	b.table([][]string{
		{say("draft.hold.field").Text, say("draft.hold.detail").Text},
		{say("draft.hold.to").Text, say("draft.blank.hold_to").Text},
		{say("draft.hold.from").Text, say("draft.blank.sender").Text},
		{say("draft.hold.date").Text, say("draft.blank.date_sent").Text},
	})
	b.para(say("draft.hold.received", "business", m.business, "date", m.letterDate, "firm", m.firm, "website", m.website, "technologies", m.techs))
	if p := l.PreservationDemand; p != nil && *p {
		b.para(say("draft.hold.letter_demands"))
	}

	b.heading(3, say("draft.hold.from_heading"))
	if first := m.earliestVisit(); !first.IsZero() {
		b.para(say("draft.hold.from_visit", "from", first))
	} else {
		years := 1
		if k, ok := knowledge.Lookup("ccp_340"); ok {
			if v, ok := k.At(m.as.AsOf.Time()); ok && v.Value > 0 {
				years = int(v.Value)
			}
		}
		base, key := l.Date, "letter"
		if base.IsZero() {
			base, key = m.as.AsOf, "today"
		}
		from := base.AddYears(-years)
		if key == "letter" {
			b.para(say("draft.hold.from_limit_letter", "from", from, "years", years, "date", base))
		} else {
			b.para(say("draft.hold.from_limit_today", "from", from, "years", years))
		}
	}

	b.heading(3, say("draft.hold.keep_heading"))
	keep := []string{
		b.line(say("draft.hold.keep.site_code")),
		b.line(say("draft.hold.keep.tag_manager")),
		b.line(say("draft.hold.keep.consent")),
	}
	if r := m.a.Site.Recording; r != nil && r.File != "" {
		keep = append(keep, b.line(say("draft.hold.keep.recordings_named", "file", r.File)))
	} else {
		keep = append(keep, b.line(say("draft.hold.keep.recordings")))
	}
	var trackers []string
	for _, t := range m.a.Site.Trackers {
		trackers = append(trackers, optionLabel(core.Technologies, t))
	}
	if len(trackers) > 0 {
		keep = append(keep, b.line(say("draft.hold.keep.pixels_named", "trackers", trackers)))
	} else {
		keep = append(keep, b.line(say("draft.hold.keep.pixels")))
	}
	keep = append(keep,
		b.line(say("draft.hold.keep.contracts")),
		b.line(say("draft.hold.keep.policies")),
	)
	if len(l.ClaimantNames) > 0 {
		keep = append(keep, b.line(say("draft.hold.keep.claimant_named", "names", l.ClaimantNames)))
	} else {
		keep = append(keep, b.line(say("draft.hold.keep.claimant")))
	}
	keep = append(keep, b.line(say("draft.hold.keep.letter")))
	b.list(keep)

	b.heading(3, say("draft.hold.dont_heading"))
	b.list([]string{
		b.line(say("draft.hold.dont.delete")),
		b.line(say("draft.hold.dont.fix_keep")),
		b.line(say("draft.hold.dont.pixel_history")),
		b.line(say("draft.hold.dont.policy")),
		b.line(say("draft.hold.dont.contact")),
	})

	b.heading(3, say("draft.hold.until_heading"))
	b.para(say("draft.hold.until"))
	b.para(say("draft.hold.confirm"))
	return b.finish()
}
