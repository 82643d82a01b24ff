package model

// StartPage holds the words of the start page. The app draws them (web), and
// the build writes the same words into index.html (build/bundle), so a
// visitor can read the page at once while the code loads.
type StartPage struct {
	Service string // the service's name, above every page
	Heading string
	Lead    string
	Note    string
	Begin   string // the button that starts the questions
	Resume  string // the same button when saved answers exist
}

// Start is the start page.
var Start = StartPage{
	Service: "CIPA demand letter checker",
	Heading: "Check a California privacy (CIPA) demand letter",
	Lead:    "Answer questions about the letter, your website, your terms and your business to see your response deadline, what the claim could cost, the defenses that may be open to you and what to do in the next 30 days. Everything runs on this device: nothing you type or drop in is sent anywhere, and this is information, not legal advice.",
	Note:    "It takes about ten minutes. Have the letter to hand; you can drop it in to fill answers in for you to check.",
	Begin:   "Start now",
	Resume:  "Continue where you left off",
}

// Ids of the start page's elements that the page before the app relies on.
const (
	StartButtonID = "ct-start"
)
