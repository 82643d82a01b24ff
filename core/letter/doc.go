package letter

//go:generate go run ./testdata/gen
