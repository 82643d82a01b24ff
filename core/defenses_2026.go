package core

import "fmt"

// Sentences the December 2026 law review adds to the defenses, kept apart
// so that the defenses' wording can move into data without losing them.

// heckmanAlternative is Heckman's alternative holding.
const heckmanAlternative = " Heckman also held, in the alternative, that the FAA does not protect a class waiver inside a mass-arbitration protocol that departs from individual arbitration."

// cookGameStop adds the Third Circuit's session-replay standing ruling.
const cookGameStop = " The Third Circuit found no standing where session replay caught only clicks and searches without personal or sensitive data (Cook v. GameStop, 2025): persuasive in federal court, not binding in California."

// briskinOutOfState is why being outside California protects less than it
// used to.
const briskinOutOfState = " Being out of state protects less than it did: since Briskin v. Shopify (9th Cir. 2025, en banc), knowingly placing trackers on devices in California can be enough to be sued in California."

// penRegisterUpdate adds the later trial rulings both ways, the reported
// (unverified) appellate tentative, and SB 690.
func penRegisterUpdate(m *matter) string {
	s := " Later rulings go both ways: Casillas v. Transitions Optical (L.A. Super. Ct. 2024) sustained a demurrer without leave to amend, Hickory Farms was sustained with leave to amend, Lesh v. CNN (S.D.N.Y. 2025) accepted the theory, and Gabrielli v. Insider (S.D.N.Y. 2025) found no standing over IP addresses. A Court of Appeal tentative opinion (Variety Media, August 2026) is reported to hold that collecting an IP address alone is not pen-register activity: reported only, not verified, and not law until a final opinion says so."
	if on := sb690Operative(); !on.IsZero() {
		if penRegisterPrivate(m.asOf) {
			s += fmt.Sprintf(" From %s SB 690 (reported, to be confirmed) leaves these claims over websites and apps to the Attorney General.", on.Long())
		} else {
			s += fmt.Sprintf(" Since %s SB 690 (reported, to be confirmed) leaves these claims over websites and apps to the Attorney General.", on.Long())
		}
	}
	return s
}
