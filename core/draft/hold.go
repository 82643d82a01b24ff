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

	b.h(2, "draft.hold.for_you")
	b.p("draft.hold.why_now")
	b.p("draft.hold.fill_blanks")

	b.h(2, "draft.hold.note_heading")
	b.table([][]string{
		{b.t("draft.hold.field"), b.t("draft.hold.detail")},
		{b.t("draft.hold.to"), b.t("draft.blank.hold_to")},
		{b.t("draft.hold.from"), b.t("draft.blank.sender")},
		{b.t("draft.hold.date"), b.t("draft.blank.date_sent")},
	})
	b.p("draft.hold.received", "business", m.business, "date", m.letterDate, "firm", m.firm, "website", m.website, "technologies", m.techs)
	if p := l.PreservationDemand; p != nil && *p {
		b.p("draft.hold.letter_demands")
	}

	b.h(3, "draft.hold.from_heading")
	if first := m.earliestVisit(); !first.IsZero() {
		b.p("draft.hold.from_visit", "from", first)
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
			b.p("draft.hold.from_limit_letter", "from", from, "years", years, "date", base)
		} else {
			b.p("draft.hold.from_limit_today", "from", from, "years", years)
		}
	}

	b.h(3, "draft.hold.keep_heading")
	keep := []string{
		b.li("draft.hold.keep.site_code"),
		b.li("draft.hold.keep.tag_manager"),
		b.li("draft.hold.keep.consent"),
	}
	if r := m.a.Site.Recording; r != nil && r.File != "" {
		keep = append(keep, b.li("draft.hold.keep.recordings_named", "file", r.File))
	} else {
		keep = append(keep, b.li("draft.hold.keep.recordings"))
	}
	var trackers []string
	for _, t := range m.a.Site.Trackers {
		trackers = append(trackers, optionLabel(core.Technologies, t))
	}
	if len(trackers) > 0 {
		keep = append(keep, b.li("draft.hold.keep.pixels_named", "trackers", trackers))
	} else {
		keep = append(keep, b.li("draft.hold.keep.pixels"))
	}
	keep = append(keep,
		b.li("draft.hold.keep.contracts"),
		b.li("draft.hold.keep.policies"),
	)
	if len(l.ClaimantNames) > 0 {
		keep = append(keep, b.li("draft.hold.keep.claimant_named", "names", l.ClaimantNames))
	} else {
		keep = append(keep, b.li("draft.hold.keep.claimant"))
	}
	keep = append(keep, b.li("draft.hold.keep.letter"))
	b.list(keep)

	b.h(3, "draft.hold.dont_heading")
	b.list([]string{
		b.li("draft.hold.dont.delete"),
		b.li("draft.hold.dont.fix_keep"),
		b.li("draft.hold.dont.pixel_history"),
		b.li("draft.hold.dont.policy"),
		b.li("draft.hold.dont.contact"),
	})

	b.h(3, "draft.hold.until_heading")
	b.p("draft.hold.until")
	b.p("draft.hold.confirm")
	return b.finish()
}
