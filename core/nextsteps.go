package core

import "fmt"

// nextSteps is what to do, most urgent first, each with a day where one
// applies.
func nextSteps(m *matter, dl Date, fs []Factor) []Step {
	a := m.a
	today := m.asOf
	passed := !dl.IsZero() && dl.Before(today)
	var s []Step
	if passed {
		s = append(s, Step{Title: "Call a lawyer today: the response window has closed",
			Detail: fmt.Sprintf("The letter's window closed on %s. Ask counsel to contact the firm and to check whether a demand has been filed with the AAA or JAMS; watch for fee invoices.", dl.Long()), By: today})
	}
	s = append(s, Step{Title: "Save the evidence before changing anything",
		Detail: "A HAR capture of the site as it is now, tag manager versions, consent tool settings and logs, and dated copies of the privacy policy and terms.", By: today})
	if a.Business.Insurance != "none" && (a.Business.InsurerNotified == nil || !*a.Business.InsurerNotified) {
		s = append(s, Step{Title: "Tell your insurer before you pay or promise anything",
			Detail: "Send the letter to your cyber or privacy insurer (or check whether you have one). Payments made before notice are usually not covered.", By: today})
	}
	s = append(s, Step{Title: "Do not pay, admit or reply to the firm on your own",
		Detail: "Anything you write can be used; a settlement made without the insurer may not be covered and does not stop the next letter."})
	if !passed {
		by := today.AddDays(7)
		if !dl.IsZero() && dl.Before(by) {
			by = dl
		}
		s = append(s, Step{Title: "Talk to a lawyer who defends CIPA claims", Detail: "Bring this report, the letter and the evidence you saved.", By: by})
	}
	for _, f := range fs {
		if f.Status != StatusUnknown {
			continue
		}
		switch f.ID {
		case "consent_banner":
			s = append(s, Step{Title: "Check what fires before consent", Detail: f.Why})
		case "arbitration_clause":
			s = append(s, Step{Title: "Read your terms for an arbitration clause", Detail: f.Why})
		}
	}
	if a.Terms.ClaimantAccount == "" || a.Terms.ClaimantAccount == Unknown {
		s = append(s, Step{Title: "Look for the claimant in your records",
			Detail: "An account or order in the claimant's name, and the terms version they accepted, decides whether your arbitration clause binds them."})
	}
	if m.demands > 1 || m.a.Letter.Firm != "" {
		s = append(s, Step{Title: "Count every demand from the same firm",
			Detail: fmt.Sprintf("Letters to you and your affiliates count together; %d similar demands bring in mass-arbitration rules.", m.threshold)})
	}
	if a.Site.RemediatedOn.IsZero() {
		s = append(s, Step{Title: "Fix the site once the evidence is saved",
			Detail: "Tags after consent, vendors named in the privacy policy, opt-outs that work. It limits future exposure; it does not erase this claim.", By: today.AddDays(7)})
	}
	if !dl.IsZero() && !passed {
		s = append(s, Step{Title: "Respond through counsel by the deadline", Detail: "Or decide, with counsel, to let it pass knowingly.", By: dl})
	}
	if m.arbitrable() {
		s = append(s, Step{Title: "If arbitration is filed, calendar every fee invoice",
			Detail: fmt.Sprintf("Pay within %d days of each due date (CCP §§ 1281.97-1281.98).", int(num(idCCP1281_97, m.asOf)))})
	}
	return s
}
