package model

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAssessJSON(t *testing.T) {
	today := time.Date(2026, 11, 20, 15, 0, 0, 0, time.UTC)
	type reply struct {
		OK         bool `json:"ok"`
		Assessment struct {
			AsOf     string `json:"as_of"`
			Deadline string `json:"deadline"`
			DaysLeft int    `json:"days_left"`
		} `json:"assessment"`
		Problems []struct{ Field, Message string } `json:"problems"`
	}
	tests := []struct {
		name, answers, asOf string
		ok                  bool
		asOfWant, deadline  string
		problemFields       []string
	}{
		{"today by default", `{"letter":{"date":"2026-11-10","response_days":30}}`, "", true, "2026-11-20", "2026-12-10", nil},
		{"asOf wins", `{"as_of":"2026-11-01","letter":{"response_deadline":"2026-12-01"}}`, "2026-11-30", true, "2026-11-30", "2026-12-01", nil},
		{"answers' as_of", `{"as_of":"2026-11-01","letter":{"response_deadline":"2026-12-01"}}`, "", true, "2026-11-01", "2026-12-01", nil},
		{"every problem named", `{"letter":{"date":"2026-02-30","claimants":-2},"colour":"red"}`, "", false, "", "", []string{"colour", "letter.claimants", "letter.date"}},
		{"bad asOf", `{}`, "tomorrow", false, "", "", []string{"asOf"}},
		{"not JSON", `{"letter":`, "", false, "", "", []string{"(document)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := AssessJSON(tt.answers, tt.asOf, today)
			var r reply
			require.NoError(t, json.Unmarshal([]byte(out), &r), out)
			assert.Equal(t, tt.ok, r.OK, out)
			if tt.ok {
				assert.Equal(t, tt.asOfWant, r.Assessment.AsOf)
				assert.Equal(t, tt.deadline, r.Assessment.Deadline)
				return
			}
			var fields []string
			for _, p := range r.Problems {
				fields = append(fields, p.Field)
				assert.NotEmpty(t, p.Message)
			}
			assert.ElementsMatch(t, tt.problemFields, fields)
		})
	}
}
