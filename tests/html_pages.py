"""Small hand-written HTML pages in the style of the vendor's two page generations."""

from __future__ import annotations

HEAD4 = ("Parameter", "Mandatory", "Type", "Description")
HEAD3 = ("Parameter", "Type", "Description")


def table(label: int | None, caption: str | None, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    cap = f"<caption><b>Table {label} </b>{caption}</caption>" if caption is not None else ""
    head = "".join(f'<th class="cellrowborder"><p>{h}</p></th>' for h in header)
    body = "".join("<tr>" + "".join(f'<td class="cellrowborder">{c}</td>' for c in row) + "</tr>" for row in rows)
    return f'<table border="1">{cap}<thead align="left"><tr>{head}</tr></thead><tbody>{body}</tbody></table>\n'


def h4(text: str) -> str:
    return f'<h4 class="sectiontitle">{text}</h4>\n'


def page(title: str, *parts: str) -> str:
    return f'<html><body><h1 class="topictitle1">{title}</h1>\n' + "".join(parts) + "</body></html>"


def pre(text: str) -> str:
    return f'<pre class="screen">{text}</pre>\n'


NEW_STYLE = page(
    "Updating a Health Check",
    h4("Function"),
    "<p>This API is used to update a health check.</p>",
    h4("URI"),
    "<p>PUT /v3/{project_id}/elb/healthmonitors/{healthmonitor_id}</p>",
    table(
        1,
        "Path parameters",
        HEAD4,
        [
            ("<p>project_id</p>", "<p>Yes</p>", "<p>String</p>", "<p>Project.</p>"),
            ("<p>healthmonitor_id</p>", "Yes", "String", "Monitor."),
        ],
    ),
    h4("Request Parameters"),
    table(2, "Request header parameters", HEAD4, [("X-Auth-Token", "Yes", "String", "Token.")]),
    table(3, "Request body parameters", HEAD4, [("healthmonitor", "Yes", "UpdateHealthMonitorOption object", "Body.")]),
    table(
        4,
        "UpdateHealthMonitorOption",
        HEAD4,
        [
            ("name", "No", "String", "<p>The name.</p><p>Minimum: 0</p><p>Maximum: 255</p>"),
            (
                "type",
                "No",
                "String",
                "<p>The protocol. The value can be:</p><ul><li>TCP</li><li>HTTP (default)</li></ul>",
            ),
            ("delay", "No", "Integer", "<p>Interval.</p><p>Minimum: 1</p><p>Maximum: 50</p><p>Default: 5</p>"),
            (
                "pools",
                "No",
                "Array of PoolRef objects",
                "<div class='note'><span class='notetitle'>NOTE:</span><p>Read only.</p></div>",
            ),
            ("labels", "No", "Map&lt;String,Array&lt;String&gt;&gt;", "Labels."),
            ("matrix", "No", "Array&lt;Array&lt;PoolRef&gt;&gt;", "Nested arrays."),
            ("flag", "No", "Integer/Boolean", "Either."),
            ("odd", "No", "Widget thing", "Unknown type word."),
        ],
    ),
    table(5, "PoolRef", HEAD4, [("id", "Yes", "String", '<p>Pool ID.</p><pre>not an example: {"id": 1}</pre>')]),
    h4("Response Parameters"),
    "<p>Status code: 200</p>",
    table(
        6,
        "Response body parameters",
        HEAD3,
        [("request_id", "String", "Request."), ("healthmonitor", "HealthMonitor object", "Monitor.")],
    ),
    table(7, "HealthMonitor", HEAD3, [("id", "String", "ID."), ("delay", "Integer", "Interval.")]),
    "<p>Status code: 400</p>",
    table(8, "Response body parameters", HEAD3, [("error_code", "String", "Code."), ("error_msg", "String", "Text.")]),
    h4("Example Requests"),
    pre(
        'PUT https://{elb_endpoint}/v3/p1/elb/healthmonitors/m1\n\n{\n  "healthmonitor" : {\n    "name" : "hm",'
        '\n    "type" : "HTTP",\n    "delay" : 10,\n  }\n}'
    ),
    h4("Example Responses"),
    "<p>Status code: 200</p><p>Successful request.</p>",
    pre('{\n  "request_id" : "r1", // a comment\n  "healthmonitor" : { "id" : "m1", "delay" : 10 }\n}'),
    "<p>Status code: 400</p>",
    pre('{ "error_code" : "ELB.1001", "error_msg" : "bad\nrequest" }'),
    h4("Status Codes"),
    table(None, None, ("Status Code", "Description"), [("200", "OK."), ("400", "Bad request.")]),
)

OLD_STYLE = page(
    "Querying Pools",
    h4("Function"),
    "<p>This API is used to query pools.</p>",
    h4("URI"),
    "<p>POST /v2.0/lbaas/pools</p><p>POST /v2.1/lbaas/pools</p>",
    h4("Request"),
    table(
        1,
        "Parameter description",
        HEAD4,
        [
            ("pool", "Yes", "Object", "Specifies the pool. For details, see <a>Table 2</a>."),
        ],
    ),
    table(
        2,
        "pool parameter description",
        HEAD4,
        [
            ("protocol", "Yes", "String", "The protocol. The value can be TCP, UDP, or HTTP."),
            ("members", "No", "Array", "The members. For details, see Table 3."),
            (
                "status",
                "No",
                "Integer",
                "The status. The options are as follows:<ul><li>0 : creating</li><li>1 : running</li></ul>",
            ),
            ("tls", "No", "String", "The policy, see Table 4."),
        ],
    ),
    table(3, "members parameter description", HEAD4, [("address", "Yes", "String", "IP.")]),
    '<table border="1"><caption><b>Table 4 </b>tls parameter description</caption><thead><tr>'
    "<th>Security Policy</th><th>TLS Version</th><th>Cipher Suite</th></tr></thead><tbody>"
    '<tr><td>tls-1-0</td><td>TLS 1.0</td><td rowspan="2">AES</td></tr><tr><td>tls-1-2</td><td>TLS 1.2</td></tr>'
    '<tr><td colspan="3">All</td></tr></tbody></table>',
    h4("Response"),
    table(5, "Parameter description", HEAD3, [("pool", "Object", "The pool. For details, see Table 6.")]),
    table(6, "pool parameter description", HEAD3, [("id", "String", "ID."), ("protocol", "String", "Protocol.")]),
    h4("Example Request"),
    "<p>Example request 1: preparing</p>",
    pre("GET https://{VPCEndpoint}/v2.0/subnets"),
    pre('{ "subnets": [] }'),
    "<p>Example request 2</p>",
    pre("POST https://{Endpoint}/v2.0/lbaas/pools"),
    pre(
        '{ "pool": { "protocol": "TCP", "members": [ { "address": "10.0.0.1" } ] } }\nOr\n'
        '{ "pool": { "protocol": "UDP"\n "status": 1 } }'
    ),
    h4("Example Response"),
    "<p>Example response 1</p>",
    pre('{ "pool": { "id": "p1", "protocol": "TCP", "extra": true } }'),
)


def widget_page(response_heading: str, *parts: str) -> str:
    """'Creating a Widget' (POST /v1/widgets, a required 'name'), its response table (one 'id') under the
    heading given, then the parts."""
    return page(
        "Creating a Widget",
        h4("URI"),
        "<p>POST /v1/widgets</p>",
        h4("Request"),
        table(1, "Request parameters", HEAD4, [("name", "Yes", "String", "Name.")]),
        h4(response_heading),
        table(2, "Response parameters", HEAD3, [("id", "String", "ID.")]),
        *parts,
    )
