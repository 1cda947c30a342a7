/// The inline style sheet and script of the HTML report (no network, no framework).
extension HTMLReportWriter {
    static let css = """
    :root{--covered:#1a7f37;--covered-bg:#dafbe1;--partial:#9a6700;--partial-bg:#fff8c5;--missing:#cf222e;--missing-bg:#ffebe9;--na:#6e7781;--na-bg:#f6f8fa;--waived:#0969da;--waived-bg:#ddf4ff;--unknown:#8250df;--unknown-bg:#fbefff}
    *{box-sizing:border-box}body{font:14px/1.45 system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:0 1.5rem 2rem;color:#1f2328}
    h1{font-size:1.45rem;margin:1rem 0 .2rem}h2{font-size:1.15rem;margin:1.6rem 0 .5rem}.sub,.hint{color:#57606a}.hint{font-size:.9em}
    .cards{display:flex;gap:.75rem;flex-wrap:wrap;margin:.8rem 0}.card{border:1px solid #d0d7de;border-radius:6px;padding:.4rem .9rem;min-width:7.5rem}
    .card b{display:block;font-size:1.4rem}.card span{color:#57606a}
    #filters{display:flex;gap:.8rem;flex-wrap:wrap;align-items:center;margin-bottom:.4rem}#filters select,#filters input{font:inherit}
    #shown{color:#57606a}.legend span{display:inline-block;padding:0 .4rem;border-radius:4px;margin-right:.2rem}
    .scroll{overflow:auto;max-height:75vh;border:1px solid #d0d7de}
    table{border-collapse:collapse}th,td{border:1px solid #d8dee4;padding:.2rem .35rem;vertical-align:top}
    thead th{position:sticky;top:0;background:#f6f8fa;z-index:1;cursor:pointer;white-space:nowrap}
    th.req span{writing-mode:vertical-rl;transform:rotate(180deg);display:inline-block;font-weight:600}
    th.doc{text-align:left;min-width:16rem;max-width:28rem;font-weight:normal}tbody th.doc{position:sticky;left:0;background:#fff}
    th.doc .path{display:block;font-weight:600;word-break:break-all}th.doc small{color:#57606a}
    td.c{text-align:center;cursor:pointer;font-weight:700;min-width:1.8rem}td.c:focus{outline:2px solid #0969da}
    td.score{text-align:right;white-space:nowrap}td.error{color:var(--missing);background:var(--missing-bg)}
    .s-covered{color:var(--covered);background:var(--covered-bg)}.s-partial{color:var(--partial);background:var(--partial-bg)}
    .s-missing{color:var(--missing);background:var(--missing-bg)}.s-not_applicable{color:var(--na);background:var(--na-bg)}
    .s-waived{color:var(--waived);background:var(--waived-bg)}
    .s-unknown{color:var(--unknown);background:var(--unknown-bg)}
    rect.s-covered{fill:var(--covered)}rect.s-partial{fill:#d4a72c}rect.s-missing{fill:var(--missing)}
    svg.chart text{font-size:12px;fill:#1f2328}table.small td{text-align:right}
    .sev-off{display:none}tr.filtered{display:none}
    #details{position:fixed;right:1rem;bottom:1rem;width:min(34rem,92vw);max-height:70vh;overflow:auto;background:#fff;border:1px solid #8c959f;border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.2);padding:.8rem 1rem;z-index:5}
    #details-close{float:right;font-size:1.3rem;border:0;background:none;cursor:pointer}
    #details blockquote{margin:.3rem 0;padding:.2rem .6rem;border-left:3px solid #d0d7de;white-space:pre-wrap}#details .place{color:#57606a;font-size:.9em}
    footer{margin-top:2rem;color:#57606a;font-size:.9em}
    @media print{.no-print,#details,.hint{display:none!important}.scroll{overflow:visible;max-height:none;border:0}body{margin:0;font-size:9px}thead th{position:static}tbody th.doc{position:static}th.doc{min-width:10rem}tr{break-inside:avoid}section{break-before:auto}}
    """

    static let script = """
    (function(){
    "use strict";
    var data=JSON.parse(document.getElementById("report-data").textContent);
    var L=data.labels,table=document.getElementById("matrix"),body=table.tBodies[0];
    var rows=Array.prototype.slice.call(body.rows);
    function el(tag,cls,text){var e=document.createElement(tag);if(cls)e.className=cls;if(text!==undefined)e.textContent=text;return e;}
    function val(id){return document.getElementById(id).value;}
    function apply(){
      var p=val("f-profile"),f=val("f-form"),sev=val("f-severity"),st=val("f-status"),q=val("f-text").toLowerCase(),shown=0;
      table.querySelectorAll("[data-sev]").forEach(function(c){c.classList.toggle("sev-off",!!sev&&c.getAttribute("data-sev")!==sev);});
      rows.forEach(function(r){
        var ok=(!p||r.getAttribute("data-profile")===p)&&(!f||r.getAttribute("data-form")===f);
        if(ok&&q)ok=r.cells[0].textContent.toLowerCase().indexOf(q)>=0;
        if(ok&&st){var d=data.documents[+r.getAttribute("data-row")];ok=d.cells.some(function(c,i){return c&&c.status===st&&(!sev||table.tHead.rows[0].cells[6+i].getAttribute("data-sev")===sev);});}
        r.classList.toggle("filtered",!ok);if(ok)shown++;
      });
      document.getElementById("shown").textContent=L.shown.replace("{n}",shown).replace("{t}",rows.length);
      document.body.setAttribute("data-shown-rows",String(shown));
    }
    var order={missing:0,partial:1,unknown:2,waived:3,covered:4,not_applicable:5,none:6};
    function key(r,i,kind){var c=r.cells[i];if(!c)return kind==="text"?"":-2;
      if(kind==="number")return parseFloat(c.getAttribute("data-v")||"-1");
      if(kind==="status"){var m=/s-([a-z_]+)/.exec(c.className);return m?order[m[1]]:9;}
      return c.textContent;}
    Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
      th.addEventListener("click",function(){
        var kind=th.getAttribute("data-sort"),dir=th.getAttribute("aria-sort")==="ascending"?-1:1;
        Array.prototype.forEach.call(table.tHead.rows[0].cells,function(h){h.removeAttribute("aria-sort");});
        th.setAttribute("aria-sort",dir===1?"ascending":"descending");
        rows.sort(function(a,b){var x=key(a,i,kind),y=key(b,i,kind);
          var c=typeof x==="string"?x.localeCompare(y,document.documentElement.lang):x-y;
          return c!==0?dir*c:(+a.getAttribute("data-row"))-(+b.getAttribute("data-row"));});
        rows.forEach(function(r){body.appendChild(r);});
      });
    });
    function show(row,col){
      var d=data.documents[row],cell=d&&d.cells[col],req=data.requirements[col];if(!cell||!req)return;
      var box=document.getElementById("details"),out=document.getElementById("details-body");
      document.getElementById("details-title").textContent=req.id+" · "+req.title+" — "+(L[cell.status]||cell.status);
      out.textContent="";out.appendChild(el("p","place",d.path));
      if(cell.waiver){out.appendChild(el("p","",L.waiver+": "+cell.waiver));}
      if(cell.quotes.length){out.appendChild(el("h4","",L.evidence));
        cell.quotes.forEach(function(q){out.appendChild(el("blockquote","quote",q.text));out.appendChild(el("div","place",q.place));});}
      if(cell.status==="missing"||cell.status==="partial"){
        out.appendChild(el("h4","",L.message));out.appendChild(el("p","",req.message));
        cell.details.forEach(function(q){out.appendChild(el("p","detail",q.text));out.appendChild(el("div","place",q.place));});
        out.appendChild(el("h4","",L.hint));out.appendChild(el("p","hint-text",req.hint));}
      out.appendChild(el("h4","",L.citation));out.appendChild(el("p","citation",req.citation));
      box.hidden=false;box.setAttribute("data-row",String(row));box.setAttribute("data-col",String(col));
      var target=body.querySelector('tr[data-row="'+row+'"] td[data-c="'+col+'"]');
      if(target&&target.scrollIntoView)target.scrollIntoView({block:"center",inline:"center"});
    }
    function open(e){var t=e.target.closest?e.target.closest("td.c"):null;if(!t)return;
      show(+t.parentNode.getAttribute("data-row"),+t.getAttribute("data-c"));}
    body.addEventListener("click",open);
    body.addEventListener("keydown",function(e){if(e.key==="Enter"||e.key===" "){e.preventDefault();open(e);}});
    document.getElementById("details-close").addEventListener("click",function(){document.getElementById("details").hidden=true;});
    document.addEventListener("keydown",function(e){if(e.key==="Escape")document.getElementById("details").hidden=true;});
    ["f-profile","f-form","f-severity","f-status"].forEach(function(id){document.getElementById(id).addEventListener("change",apply);});
    document.getElementById("f-text").addEventListener("input",apply);
    // A link can carry filters, a sorted column and an open cell:
    // #profile=ministry&status=missing&sort=6&dir=desc&cell=3,12
    var params=new URLSearchParams(location.hash.slice(1));
    [["profile","f-profile"],["form","f-form"],["severity","f-severity"],["status","f-status"],["q","f-text"]].forEach(function(p){
      if(params.has(p[0]))document.getElementById(p[1]).value=params.get(p[0]);});
    apply();
    var sort=+(params.get("sort")||-1),head=table.tHead.rows[0].cells;
    if(sort>=0&&sort<head.length){head[sort].click();if(params.get("dir")==="desc")head[sort].click();}
    var m=/^(\\d+),(\\d+)$/.exec(params.get("cell")||"");if(m)show(+m[1],+m[2]);
    document.body.setAttribute("data-rendered-rows",String(rows.length));
    document.body.setAttribute("data-ready","1");
    })();
    """
}
