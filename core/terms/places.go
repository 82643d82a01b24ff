package terms

import (
	"regexp"
	"strings"
	"sync"

	"github.com/cipa-triage/cipa-triage/core/text"
)

// usStates are the places a US governing-law clause names, lower-case.
var usStates = []string{
	"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
	"florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
	"louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
	"missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
	"new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
	"rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
	"virginia", "washington", "west virginia", "wisconsin", "wyoming", "district of columbia",
}

// otherPlaces are countries and provinces that terms choose, and the
// adjectives used for their law ("Swiss law").
var otherPlaces = map[string]string{
	"england and wales": "england and wales", "england": "england and wales", "english": "england and wales",
	"scotland": "scotland", "ireland": "ireland", "irish": "ireland", "netherlands": "netherlands", "dutch": "netherlands",
	"germany": "germany", "german": "germany", "france": "france", "french": "france",
	"switzerland": "switzerland", "swiss": "switzerland", "sweden": "sweden", "swedish": "sweden",
	"finland": "finland", "finnish": "finland", "norway": "norway", "denmark": "denmark", "spain": "spain",
	"italy": "italy", "italian": "italy", "luxembourg": "luxembourg", "belgium": "belgium", "austria": "austria",
	"romania": "romania", "romanian": "romania", "poland": "poland", "israel": "israel", "japan": "japan",
	"singapore": "singapore", "hong kong": "hong kong", "china": "china", "india": "india", "brazil": "brazil",
	"australia": "australia", "new zealand": "new zealand", "canada": "canada", "ontario": "ontario",
	"british columbia": "british columbia", "quebec": "quebec", "cayman islands": "cayman islands",
	"russian federation": "russia", "russia": "russia", "united kingdom": "england and wales",
}

// placePattern matches any place name, built on first use.
var placePattern = sync.OnceValue(func() string {
	names := append([]string{}, usStates...)
	for k := range otherPlaces {
		names = append(names, k)
	}
	// Longest first, so "west virginia" wins over "virginia".
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			if len(names[j]) > len(names[i]) || len(names[j]) == len(names[i]) && names[j] < names[i] {
				names[i], names[j] = names[j], names[i]
			}
		}
	}
	for i, n := range names {
		names[i] = strings.ReplaceAll(regexp.QuoteMeta(n), " ", `\s+`)
	}
	return `(?:` + strings.Join(names, "|") + `)`
})

var (
	lawOfPlace = text.CompileFunc(func() string {
		return `(?i)\blaws?\s+(?:and\s+regulations\s+)?of\s+(?:the\s+)?(?:state\s+of\s+|commonwealth\s+of\s+|province\s+of\s+|republic\s+of\s+)?(` + placePattern() + `)\b`
	})
	placeLaw = text.CompileFunc(func() string { return `(?i)\b(` + placePattern() + `)\s+(?:state\s+)?laws?\b` })
)

// GoverningPlace returns the state or country whose law a governing-law
// sentence chooses ("california", "delaware", "england and wales"), and
// whether that place is a US state.
func GoverningPlace(sentence string) (place string, usState bool) {
	best := -1
	for _, re := range []*text.Pattern{lawOfPlace, placeLaw} {
		if m := re.FindStringSubmatchIndex(sentence); m != nil && (best < 0 || m[2] < best) {
			best = m[2]
			place = normalisePlace(sentence[m[2]:m[3]])
		}
	}
	if place == "" {
		return "", false
	}
	for _, s := range usStates {
		if s == place {
			return place, true
		}
	}
	return place, false
}

func normalisePlace(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	if p, ok := otherPlaces[s]; ok {
		return p
	}
	return s
}
