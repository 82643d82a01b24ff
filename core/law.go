package core

import (
	"strings"

	"github.com/cipa-triage/cipa-triage/core/knowledge"
)

// Knowledge ids the rules use. Every legal figure comes from the entry with
// that id; TestRulesUseKnownIDs fails if any is missing from the table.
const (
	idPC631          = "pc_631"
	idPC632_7        = "pc_632_7"
	idPC637_2        = "pc_637_2"
	idPC637_2Treble  = "pc_637_2_treble"
	idPC638_50       = "pc_638_50"
	idPC638_51       = "pc_638_51"
	idCCP340         = "ccp_340"
	idCCP1281_97     = "ccp_1281_97"
	idCCP1281_98     = "ccp_1281_98"
	idCCP1281_99     = "ccp_1281_99"
	idSB690          = "sb_690"
	idDefaultDays    = "default_response_days"
	idAAABizFiling   = "aaa_consumer_business_filing"
	idAAACaseMgmt    = "aaa_consumer_case_management"
	idAAAClaimFiling = "aaa_consumer_claimant_filing"
	idAAACommFiling  = "aaa_commercial_filing"
	idAAAArbitrator  = "aaa_consumer_arbitrator"
	idAAARules2025   = "aaa_consumer_rules_2025"
	idAAAPlatform    = "aaa_platform_rule"
	idAAAMassThresh  = "aaa_mass_threshold"
	idAAAMassBiz     = "aaa_mass_initiation_business"
	idAAAMassClaim   = "aaa_mass_initiation_claimants"
	idAAAMassAppoint = "aaa_mass_appointment_business"
	idAAAMassCaseBiz = "aaa_mass_case_business"
	idAAAMassCaseCl  = "aaa_mass_case_claimant"
	idAAAMassCaseCl2 = "aaa_mass_case_claimant_later"
	idAAAMassClTier  = "aaa_mass_claimant_tier"
	idJAMSThresh     = "jams_mass_threshold"
	idJAMSFiling     = "jams_mass_filing"
	idJAMSCap        = "jams_mass_consumer_cap"
	idJAMSFee        = "jams_filing"
	idJAMSConsumer   = "jams_consumer_cap"
	idAnecdoteLow    = "settlement_anecdote_low"
	idAnecdoteHigh   = "settlement_anecdote_high"
	idGuidePreserve  = "guide_preserve"
	idGuideInsurer   = "guide_insurer"
	idGuideRemediate = "guide_remediation"
	idGuideOutOfSt   = "guide_out_of_state"
	idGuideGPC       = "guide_gpc"

	idJavier2022     = "javier_2022"
	idJavier2023     = "javier_2023"
	idMontalti       = "montalti_1987"
	idGrahamNoom     = "graham_noom"
	idWilliamsDDR    = "williams_ddr"
	idYockey         = "yockey_salesforce"
	idInReFacebook   = "in_re_facebook_tracking"
	idLiceaOldNavy   = "licea_old_navy"
	idLiceaCinmar    = "licea_cinmar"
	idValenzuela     = "valenzuela_nationwide"
	idGutierrez      = "gutierrez_converse"
	idMikulsky       = "mikulsky_bloomingdales"
	idThomasPJ       = "thomas_papa_johns"
	idPopa           = "popa_microsoft"
	idTransUnion     = "transunion"
	idKhamooshi      = "khamooshi_politico"
	idGreenley       = "greenley_kochava"
	idShahFandom     = "shah_fandom"
	idMirmalek       = "mirmalek_lat"
	idHickoryFarms   = "licea_hickory_farms"
	idLevings        = "levings_choice"
	idAviles         = "aviles_liveramp"
	idPlivo          = "rodriguez_plivo"
	idDeol           = "deol_safelite"
	idAutotrader     = "rodriguez_autotrader"
	idKingHardRock   = "king_hard_rock"
	idDoeEating      = "doe_eating_recovery"
	idMetaHealthcare = "meta_pixel_healthcare"
	idJonesStarz     = "jones_starz"
	idEspinoza       = "espinoza"
	idHernandez      = "hernandez_sohnen"
	idHohenshelt     = "hohenshelt"
	idNguyen         = "nguyen_barnes_noble"
	idBerman         = "berman_freedom"
	idSellers        = "sellers_justanswer"
	idOberstein      = "oberstein_live_nation"
	idChabolla       = "chabolla_classpass"
	idHeckman        = "heckman_live_nation"
	idBriskin        = "briskin_shopify"
	idCookGameStop   = "cook_gamestop"
	idCasillas       = "casillas_transitions"
	idLeshCNN        = "lesh_cnn"
	idGabrielli      = "gabrielli_insider"
	idVarietyMedia   = "variety_media"
)

// ruleIDs lists every id above, for the test that each is in the table.
var ruleIDs = []string{
	idPC631, idPC632_7, idPC637_2, idPC637_2Treble, idPC638_50, idPC638_51, idCCP340,
	idCCP1281_97, idCCP1281_98, idCCP1281_99, idSB690, idDefaultDays,
	idAAABizFiling, idAAACaseMgmt, idAAAClaimFiling, idAAACommFiling, idAAAArbitrator,
	idAAARules2025, idAAAPlatform, idAAAMassThresh, idAAAMassBiz, idAAAMassClaim, idAAAMassAppoint,
	idAAAMassCaseBiz, idAAAMassCaseCl, idAAAMassCaseCl2, idAAAMassClTier,
	idJAMSThresh, idJAMSFiling, idJAMSCap, idJAMSFee, idJAMSConsumer, idAnecdoteLow, idAnecdoteHigh,
	idGuidePreserve, idGuideInsurer, idGuideRemediate, idGuideOutOfSt, idGuideGPC,
	idJavier2022, idJavier2023, idMontalti, idGrahamNoom, idWilliamsDDR, idYockey,
	idInReFacebook, idLiceaOldNavy, idLiceaCinmar, idValenzuela, idGutierrez, idMikulsky,
	idThomasPJ, idPopa, idTransUnion, idKhamooshi, idGreenley, idShahFandom, idMirmalek,
	idHickoryFarms, idLevings, idAviles, idPlivo, idDeol, idAutotrader, idKingHardRock,
	idDoeEating, idMetaHealthcare, idJonesStarz, idEspinoza, idHernandez, idHohenshelt,
	idNguyen, idBerman, idSellers, idOberstein, idChabolla, idHeckman,
	idBriskin, idCookGameStop, idCasillas, idLeshCNN, idGabrielli, idVarietyMedia,
}

// figure is one value from the table as the rules use it.
type figure struct {
	ID      string
	Value   float64
	Unit    string
	From    Date // when the value took effect; zero if our sources do not say
	Checked Date
	Confirm bool
	Known   bool // false if the table has no value for the day asked
}

// valueAt reads entry id's value in force on day d. If d is before the
// first dated value (or zero), the earliest value is used and Known stays
// true: the rules need a figure, and the entry's dates travel with it.
func valueAt(id string, d Date) figure {
	e, ok := knowledge.Lookup(id)
	if !ok {
		return figure{ID: id}
	}
	f := figure{ID: id, Unit: e.Unit, Confirm: e.Confirm, Checked: DateOf(e.CheckedDate())}
	v, ok := e.At(d.Time())
	if !ok && len(e.Values) > 0 {
		v, ok = e.Values[0], true
	}
	if !ok {
		return f
	}
	f.Value, f.Known = v.Value, true
	if eff := v.Effective(); !eff.IsZero() {
		f.From = DateOf(eff)
	}
	return f
}

// num is valueAt's number, for arithmetic.
func num(id string, d Date) float64 { return valueAt(id, d).Value }

// title gives an entry's title, or the id if the entry is missing.
func title(id string) string {
	if e, ok := knowledge.Lookup(id); ok {
		return e.Title
	}
	return id
}

// summaryOf gives an entry's one-sentence summary, with its note when the
// entry must be confirmed.
func summaryOf(id string) string {
	e, ok := knowledge.Lookup(id)
	if !ok {
		return ""
	}
	if e.Confirm && e.Note != "" {
		return e.Summary + " " + e.Note
	}
	return e.Summary
}

// cite gives an entry's formal citation, or its title if it has none.
func cite(id string) string {
	if e, ok := knowledge.Lookup(id); ok && e.Cite != "" {
		return e.Cite
	}
	return title(id)
}

// usd is USD, for the rules' own sentences.
func usd(x float64) string { return USD(x) }

// count writes a whole number with thousands separators.
func count(n int) string { return strings.TrimPrefix(usd(float64(n)), "$") }
