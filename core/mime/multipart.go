package mime

import "bytes"

// Parts splits a multipart body at its boundary lines. complete
// is false when the closing boundary is missing (a cut-off message).
func Parts(body []byte, boundary string) (parts [][]byte, complete bool) {
	delim := []byte("--" + boundary)
	var starts []int // start of each part's content
	var ends []int   // end of each part's content
	i := 0
	for i <= len(body) {
		k := bytes.Index(body[i:], delim)
		if k < 0 {
			break
		}
		at := i + k
		if at > 0 && body[at-1] != '\n' {
			i = at + len(delim)
			continue // not at a line start
		}
		after := at + len(delim)
		closing := bytes.HasPrefix(body[after:], []byte("--"))
		// The boundary line holds the delimiter, "--" if closing, and only
		// white space: "--abc-inner" is not a line of the boundary "abc".
		tail := body[after:]
		if closing {
			tail = tail[2:]
		}
		if nl := bytes.IndexByte(tail, '\n'); nl >= 0 {
			tail = tail[:nl]
		}
		// Only transport padding (blanks) may follow, then the line end.
		if len(bytes.Trim(bytes.TrimSuffix(tail, []byte("\r")), " \t")) > 0 {
			i = after
			continue
		}
		if len(starts) > len(ends) {
			end := at
			if end > 0 && body[end-1] == '\n' {
				end--
				if end > 0 && body[end-1] == '\r' {
					end--
				}
			}
			ends = append(ends, end)
		}
		if closing {
			complete = true
			break
		}
		nl := bytes.IndexByte(body[after:], '\n')
		if nl < 0 {
			break
		}
		starts = append(starts, after+nl+1)
		i = after + nl + 1
	}
	if len(starts) > len(ends) {
		ends = append(ends, len(body))
	}
	for j := range starts {
		if starts[j] <= ends[j] {
			parts = append(parts, body[starts[j]:ends[j]])
		}
	}
	return parts, complete
}
