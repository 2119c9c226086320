module github.com/terjime/terjime/bench/mdparsers

go 1.26

require (
	github.com/gomarkdown/markdown v0.0.0-20261107153045-a51d70be185e
	github.com/yuin/goldmark v1.8.7
)
