package workflow

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/terjime/terjime/internal/tomlpos"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/check"
	"github.com/terjime/terjime/workflow/git"
	"github.com/terjime/terjime/workflow/ui"
)

// Since is what changed in the catalogs since a git revision: per catalog
// file (named as findings name it, relative to the project), the segments
// added or changed since — their target, state, note, source or open
// conflicts — each with the line a reviewer should look at: its target's,
// where the change is.
type Since struct {
	Rev   string
	lines map[string]map[string]int // file → segment ID → line
}

// Line returns the line to point at for segment id of file, and whether
// it changed since the revision.
func (s *Since) Line(file, id string) (int, bool) {
	line, ok := s.lines[file][id]
	return line, ok
}

// Count is the number of segments changed since the revision.
func (s *Since) Count() int {
	n := 0
	for _, m := range s.lines {
		n += len(m)
	}
	return n
}

// ChangedSince compares the target catalogs of the selected locales and
// documents with themselves at git revision rev (a branch, tag or commit:
// what a pull request is based on). A catalog that did not exist then
// changed throughout.
func (p *Project) ChangedSince(ctx context.Context, rev string, locales, documents []string) (*Since, error) {
	docs, locs, err := p.selectCatalogs(locales, documents)
	if err != nil {
		return nil, err
	}
	top, err := git.TopLevel(ctx, p.Dir)
	if err != nil {
		if errors.Is(err, git.ErrNoGit) {
			return nil, fmt.Errorf("--since %s: %w", rev, err)
		}
		dir, _ := filepath.Abs(p.Dir)
		return nil, &ui.Error{ID: "GitSinceNoRepository", Data: map[string]any{"Rev": rev, "Dir": dir}, Err: err}
	}
	top = resolved(top)
	s := &Since{Rev: rev, lines: map[string]map[string]int{}}
	for _, d := range docs {
		for _, l := range locs {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			path := p.CatalogPath(l, d.Name)
			data, err := os.ReadFile(path)
			if errors.Is(err, os.ErrNotExist) {
				continue
			}
			if err != nil {
				return nil, err
			}
			cur, err := catalog.Parse(p.Rel(path), data)
			if err != nil {
				return nil, err
			}
			rel, err := filepath.Rel(top, resolved(path))
			if err != nil {
				return nil, err
			}
			old := map[string]catalog.Segment{}
			if then, ok, err := git.Show(ctx, p.Dir, rev, filepath.ToSlash(rel)); errors.Is(err, git.ErrNoRevision) {
				return nil, &ui.Error{ID: "GitSinceNoRevision", Data: map[string]any{"Rev": rev}, Err: err}
			} else if err != nil {
				return nil, fmt.Errorf("--since %s: %w", rev, err)
			} else if ok {
				oc, err := catalog.Parse(rev+":"+filepath.ToSlash(rel), then)
				if err != nil {
					return nil, err
				}
				for _, segs := range [][]catalog.Segment{oc.Segments, oc.Obsolete} {
					for _, seg := range segs {
						old[seg.ID] = seg
					}
				}
			}
			changed := map[string]int{}
			keys := tomlpos.Scan(data)
			for t, segs := range [][]catalog.Segment{cur.Segments, cur.Obsolete} {
				table := [...]string{"segment", "obsolete"}[t]
				for i, seg := range segs {
					o, was := old[seg.ID]
					if was && sameSince(o, seg) {
						continue
					}
					// The line of the first thing that changed.
					key := "target"
					switch {
					case !was || o.Target != seg.Target:
					case o.State != seg.State:
						key = "state"
					case o.Note != seg.Note:
						key = "note"
					case o.Source != seg.Source:
						key = "source"
					default:
						key = "" // a conflict opened or settled: the segment
					}
					line := seg.Line
					if key != "" {
						line = keys.LineIn(table, i, key)
					}
					changed[seg.ID] = line
				}
			}
			s.lines[p.Rel(path)] = changed
		}
	}
	return s, nil
}

// sameSince reports whether a segment is as it was, in what a review of
// a change looks at.
func sameSince(a, b catalog.Segment) bool {
	return a.Source == b.Source && a.Target == b.Target && a.State == b.State && a.Note == b.Note && len(a.Conflicts) == len(b.Conflicts)
}

// filter keeps the findings about segments that changed, each moved to
// the line that changed (where a pull request's annotations show).
func (s *Since) filter(fs []check.Finding) []check.Finding {
	out := fs[:0]
	for _, f := range fs {
		if line, ok := s.Line(f.File, f.Segment); ok && f.Segment != "" {
			f.Line = line
			out = append(out, f)
		}
	}
	return out
}
