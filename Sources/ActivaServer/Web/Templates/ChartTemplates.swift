extension Templates {
    /// The frame of an SVG chart (`Charts.frame`): the svg element, its title, the two axes and the top value on the
    /// vertical axis; a chart fills the block `content`. Every coordinate is computed in `Charts`.
    static let chart = #"""
    <svg class="chart" viewBox="0 0 {{width}} {{height}}" role="img" aria-label="{{title}}" xmlns="http://www.w3.org/2000/svg">
    <title>{{title}}</title>
    <line x1="{{left}}" y1="{{axisY}}" x2="{{axisEndX}}" y2="{{axisY}}" class="axis"/>
    <line x1="{{left}}" y1="{{top}}" x2="{{left}}" y2="{{axisY}}" class="axis"/>
    <text x="{{maximumX}}" y="{{maximumY}}" class="tick" text-anchor="end">{{maximum}}</text>
    {{$content}}{{/content}}
    </svg>
    """#

    /// The KIA of a year by total invested (`Charts.kiaCurve`), with the total marked (`marker`, or false).
    static let chartKIA = #"""
    {{<chart}}
    {{$content}}
    <text x="{{endX}}" y="{{endY}}" class="tick" text-anchor="end">{{end}}</text>
    <polyline points="{{points}}" class="curve"/>
    {{#marker}}<circle cx="{{x}}" cy="{{y}}" r="5" class="marker"/><text x="{{labelX}}" y="{{labelY}}" class="label">{{total}} → {{kia}}</text>{{/marker}}
    {{/content}}
    {{/chart}}
    """#

    /// Book values at the end of each year (`Charts.bookValues`): one line per asset, with its id as the legend.
    static let chartBookValues = #"""
    {{<chart}}
    {{$content}}
    <text x="{{firstX}}" y="{{yearY}}" class="tick">{{firstYear}}</text>
    <text x="{{lastX}}" y="{{yearY}}" class="tick" text-anchor="end">{{lastYear}}</text>
    {{#series}}<polyline points="{{points}}" class="series s{{colour}}"/><text x="{{legendX}}" y="{{legendY}}" class="legend s{{colour}}">{{id}}</text>{{/series}}
    {{/content}}
    {{/chart}}
    """#
}
