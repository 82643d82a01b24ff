package core

// Labels for statuses, strengths and forums, each written once in the
// wording data, so every renderer (page, Markdown, print) says them alike.

var statusLabels = map[Status]string{
	StatusRisk:    "label.status.risk",
	StatusOK:      "label.status.ok",
	StatusUnknown: "label.status.unknown",
}

var strengthLabels = map[string]string{
	StrengthStrong:      "label.strength.strong",
	StrengthModerate:    "label.strength.moderate",
	StrengthWeak:        "label.strength.weak",
	StrengthUnavailable: "label.strength.unavailable",
	StrengthUnknown:     "label.strength.unknown",
}

var forumLabels = map[Forum]string{
	ForumAAAConsumer:   "label.forum.aaa_consumer",
	ForumAAACommercial: "label.forum.aaa_commercial",
	ForumAAAMass:       "label.forum.aaa_mass",
	ForumJAMSMass:      "label.forum.jams_mass",
	ForumJAMS:          "label.forum.jams",
	ForumCourt:         "label.forum.court",
	ForumUnknown:       "label.forum.unknown",
}

// StatusLabel names a factor's status in words: "Risk", "In your favor".
func StatusLabel(status Status) string { return label(statusLabels, status, StatusUnknown) }

// StrengthLabel names a defense's strength in words.
func StrengthLabel(strength string) string {
	return label(strengthLabels, strength, StrengthUnknown)
}

// ForumLabel names a fee regime (Exposure.Forum) in words.
func ForumLabel(forum Forum) string { return label(forumLabels, forum, ForumUnknown) }

func label[T comparable](keys map[T]string, value, fallback T) string {
	key, ok := keys[value]
	if !ok {
		key = keys[fallback]
	}
	return sayText(key)
}
