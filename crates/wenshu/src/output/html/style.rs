//! The style sheet and the two small scripts every page carries inline: a report
//! opens from disk, with nothing fetched from anywhere.

/// Colours as variables, a dark set under `prefers-color-scheme`; Chinese fonts
/// from the system (no web font is downloaded), Traditional and Simplified stacks
/// by `lang`.
pub(crate) const CSS: &str = r#"
:root{--bg:#fdfdfc;--fg:#1d1d1f;--muted:#5f6368;--line:#d9d9de;--panel:#f3f3f5;--link:#0b57d0;
--date:#fff1b8;--count:#d3f0d9;--money:#ffd9c2;--percent:#dce8ff;--duration:#eadcff;--ph:#ffc9cf;--phline:#b3261e;
--bar:#3d6fb6;--focus:#0b57d0}
@media (prefers-color-scheme:dark){:root{--bg:#16171a;--fg:#e6e6e9;--muted:#a4a7ae;--line:#3a3c42;--panel:#202227;
--link:#8ab4f8;--date:#5a4a00;--count:#1f4d2b;--money:#5c2f12;--percent:#1d3560;--duration:#3f2760;--ph:#6b1d27;
--phline:#ff8a80;--bar:#8ab4f8;--focus:#8ab4f8}}
*{box-sizing:border-box}
html{color-scheme:light dark}
body{margin:0;background:var(--bg);color:var(--fg);line-height:1.6;
font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
:lang(zh-Hant){font-family:system-ui,-apple-system,"Segoe UI","PingFang TC","Microsoft JhengHei","Noto Sans CJK TC","Source Han Sans TC","WenQuanYi Micro Hei",sans-serif}
a{color:var(--link)}
a:focus-visible,button:focus-visible,mark:focus-visible,th button:focus-visible,input:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
header.top{padding:.8rem 1.2rem;border-bottom:1px solid var(--line);display:flex;gap:1rem;align-items:baseline;flex-wrap:wrap}
header.top h1{font-size:1.3rem;margin:0;word-break:break-all}
main{padding:1rem 1.2rem;max-width:110rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:var(--bg);padding:.3rem}
h2{font-size:1.1rem;margin:1.6rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
dl.totals{display:grid;grid-template-columns:repeat(auto-fill,minmax(10rem,1fr));gap:.6rem;margin:0}
dl.totals div{background:var(--panel);padding:.5rem .8rem;border-radius:6px}
dl.totals dt{color:var(--muted);font-size:.85rem}dl.totals dd{margin:0;font-size:1.3rem;font-variant-numeric:tabular-nums}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:1.2rem;align-items:start}
table{border-collapse:collapse;font-size:.9rem}
th,td{border-bottom:1px solid var(--line);padding:.2rem .6rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
th button{font:inherit;font-weight:600;background:none;border:0;color:inherit;cursor:pointer;padding:0}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
.filter{margin:.4rem 0;padding:.3rem .5rem;width:min(30rem,100%);font:inherit;background:var(--bg);color:var(--fg);border:1px solid var(--line)}
.muted{color:var(--muted)}
nav.pages{display:flex;flex-wrap:wrap;column-gap:.5rem}nav.pages a,nav.pages span{margin-right:.5rem}
svg.chart{max-width:100%;height:auto}svg.chart text{fill:var(--fg);font-size:12px}svg.chart rect{fill:var(--bar)}
details>summary{cursor:pointer;color:var(--muted)}
.doc{display:grid;grid-template-columns:16rem minmax(0,1fr) 22rem;gap:1.2rem}
@media (max-width:70rem){.doc{grid-template-columns:1fr}}
.doc nav.outline,.doc aside{font-size:.88rem;position:sticky;top:0;max-height:100vh;overflow:auto;align-self:start}
nav.outline ul{list-style:none;padding-left:.9rem;margin:.2rem 0}nav.outline>ul{padding-left:0}
pre.text{white-space:pre-wrap;word-break:break-word;font:inherit;font-size:1rem;line-height:1.9;margin:0}
.h{font-weight:700}
mark{color:inherit;border-radius:3px;padding:0 1px;position:relative;cursor:help}
mark.date{background:var(--date)}mark.count{background:var(--count)}mark.money{background:var(--money)}
mark.percent{background:var(--percent)}mark.duration{background:var(--duration)}
mark.ph{background:var(--ph);outline:1px dashed var(--phline)}
mark[data-tip]:hover::after,mark[data-tip]:focus::after{content:attr(data-tip);position:absolute;left:0;top:100%;z-index:5;
white-space:pre;background:var(--fg);color:var(--bg);padding:.25rem .5rem;border-radius:4px;font-size:.8rem;line-height:1.4;font-weight:400}
mark:target,li:target{box-shadow:0 0 0 3px var(--focus)}
aside ol{padding-left:2.2rem;margin:.2rem 0}aside li{margin:.15rem 0}
.kind{display:inline-block;min-width:4.5em;font-size:.78rem;border-radius:3px;padding:0 .3rem;margin-right:.3rem;text-align:center}
.kind.date{background:var(--date)}.kind.count{background:var(--count)}.kind.money{background:var(--money)}
.kind.percent{background:var(--percent)}.kind.duration{background:var(--duration)}.kind.ph{background:var(--ph)}
.legend span{margin-right:.6rem}
button.toggle{font:inherit;padding:.2rem .6rem;border:1px solid var(--line);background:var(--panel);color:var(--fg);border-radius:4px;cursor:pointer}
pre.excerpt{white-space:pre-wrap;margin:.2rem 0 .8rem;background:var(--panel);padding:.4rem .6rem;border-radius:4px;font:inherit}
.error{color:var(--phline)}
"#;

/// Sorting and filtering of tables marked `data-sortable`: a button in each
/// header (keyboard: Tab, Enter), numbers by `data-v`, a filter box above. A
/// paged table (`data-files` > 0) sorts and filters the rows of every page: its
/// data files are loaded as scripts on the first use (never before, so the page
/// opens at once) and the matches are shown a page at a time. `?q=TEXT`,
/// `?sort=COLUMN&order=desc` in the address start with a filter or an order.
pub(crate) const TABLE_JS: &str = r#"
(function(){
var params=new URLSearchParams(location.search);
document.querySelectorAll('table[data-sortable]').forEach(function(t){
var body=t.tBodies[0];if(!body)return;
var ths=Array.prototype.slice.call(t.querySelectorAll('thead th'));
var f=document.querySelector('input[data-filter="'+t.id+'"]');
var status=document.getElementById(t.id+'-status');
var files=+(t.getAttribute('data-files')||0),per=+(t.getAttribute('data-rows')||1000);
var orig=Array.prototype.slice.call(body.rows);
var st={col:-1,asc:true,q:'',from:0},all=null,texts=null,loading=false,broken=false;
function isNum(c){return ths[c].classList.contains('n')}
function cmp(u,v,n){var r=n?(u-v):(u<v?-1:u>v?1:0);return st.asc?r:-r}
function say(m){if(status){status.hidden=!m;status.textContent=m||''}}
function onPage(){
var rows=orig.slice();
if(st.col>=0){var c=st.col,n=isNum(c);rows.sort(function(a,b){var x=a.cells[c],y=b.cells[c];
return cmp(n?parseFloat(x.getAttribute('data-v')||x.textContent):x.textContent,n?parseFloat(y.getAttribute('data-v')||y.textContent):y.textContent,n)});}
rows.forEach(function(r){body.appendChild(r);r.hidden=st.q!==''&&r.textContent.toLowerCase().indexOf(st.q)<0});}
function cell(tr,v,n){var td=document.createElement('td');if(n){td.className='n';td.setAttribute('data-v',String(v));td.textContent=Number(v).toLocaleString('en')}else td.textContent=v;tr.appendChild(td);}
function acrossPages(){
if(st.col<0&&st.q===''){body.textContent='';orig.forEach(function(r){r.hidden=false;body.appendChild(r)});say('');return;}
var m=[];for(var i=0;i<all.length;i++)if(st.q===''||texts[i].indexOf(st.q)>=0)m.push(all[i]);
if(st.col>=0){var k=st.col===0?0:st.col+1,n=isNum(st.col);m.sort(function(a,b){return cmp(a[k],b[k],n)});}
if(st.from>=m.length)st.from=0;
var show=m.slice(st.from,st.from+per),frag=document.createDocumentFragment();
show.forEach(function(r){var tr=document.createElement('tr'),td=document.createElement('td'),a=document.createElement('a');
a.href=r[1];a.textContent=r[0];td.appendChild(a);tr.appendChild(td);
for(var j=2;j<r.length;j++)cell(tr,r[j],j>=5);frag.appendChild(tr);});
body.textContent='';body.appendChild(frag);
say(m.length?'Rows '+(st.from+1).toLocaleString('en')+'–'+(st.from+show.length).toLocaleString('en')+' of '+m.length.toLocaleString('en')+' matching, from every page':'No row of any page matches');
status.setAttribute('data-matches',String(m.length));
if(st.from>0||st.from+per<m.length){[['Previous',-per],['Next',per]].forEach(function(p){var to=st.from+p[1];if(to<0||to>=m.length)return;
var b=document.createElement('button');b.type='button';b.className='toggle';b.textContent=p[0];b.addEventListener('click',function(){st.from=to;acrossPages()});status.appendChild(document.createTextNode(' '));status.appendChild(b);});}}
function load(){
if(loading)return;loading=true;say('Reading the rows of every page…');
var got=[],left=files;
window.wenshuRows=function(n,rows){got[n-1]=rows};
function done(){if(--left>0)return;
for(var i=0;i<files;i++)if(!got[i]){broken=true;say('The rows of the other pages could not be read: sorting and filtering apply to this page only');onPage();return;}
all=[].concat.apply([],got);texts=all.map(function(r){return [r[0]].concat(r.slice(2)).join(' ').toLowerCase()});apply();}
for(var i=1;i<=files;i++){var s=document.createElement('script');s.src='documents-data-'+i+'.js';s.onload=done;s.onerror=done;document.body.appendChild(s);}}
function apply(){if(files>0&&!broken){if(all)acrossPages();else load();}else onPage();}
ths.forEach(function(th,col){
var b=document.createElement('button');b.type='button';b.textContent=th.textContent;th.textContent='';th.appendChild(b);
b.addEventListener('click',function(){
st.asc=!(st.col===col&&st.asc);st.col=col;st.from=0;
ths.forEach(function(o){o.removeAttribute('aria-sort')});
th.setAttribute('aria-sort',st.asc?'ascending':'descending');apply();});});
if(f)f.addEventListener('input',function(){st.q=f.value.toLowerCase();st.from=0;apply()});
if(t.id==='doc-table'){
var q=params.get('q'),s=params.get('sort');
if(q&&f){f.value=q;st.q=q.toLowerCase();}
if(s)ths.forEach(function(th,col){if(th.textContent===s){st.col=col;st.asc=params.get('order')!=='desc';th.setAttribute('aria-sort',st.asc?'ascending':'descending')}});
if(st.q!==''||st.col>=0)apply();}
});
var p=performance.getEntriesByType('navigation')[0];
if(p){var m=document.getElementById('timing');
if(m){var w=function(){m.setAttribute('data-dcl',String(Math.round(p.domContentLoadedEventEnd)))};
if(p.domContentLoadedEventEnd>0)w();else document.addEventListener('DOMContentLoaded',function(){setTimeout(w,0)});}}
})();
"#;

/// The document page: the Traditional/Simplified toggle, and `n`/`p` to move to
/// the next or previous highlight (Tab moves through them too).
pub(crate) const PAGE_JS: &str = r#"
(function(){
var b=document.getElementById('toggle');
if(b)b.addEventListener('click',function(){
var o=document.getElementById('text-original'),n=document.getElementById('text-normalized');
var showN=n.hidden;n.hidden=!showN;o.hidden=showN;b.setAttribute('aria-pressed',showN?'true':'false');});
document.addEventListener('keydown',function(e){
if(e.target&&(e.target.tagName==='INPUT'||e.target.tagName==='TEXTAREA')||e.ctrlKey||e.metaKey||e.altKey)return;
if(e.key!=='n'&&e.key!=='p')return;
var pre=document.querySelector('pre.text:not([hidden])');if(!pre)return;
var ms=Array.prototype.slice.call(pre.querySelectorAll('mark[tabindex]'));if(!ms.length)return;
var i=ms.indexOf(document.activeElement);
i=e.key==='n'?(i+1)%ms.length:(i<=0?ms.length-1:i-1);ms[i].focus();e.preventDefault();});
})();
"#;
