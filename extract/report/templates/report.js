(function () {
  var data = JSON.parse(document.getElementById('triage-data').textContent);
  var docs = document.querySelectorAll('section.doc');
  var rows = document.querySelectorAll('#summary tr[data-index]');
  var boxes = document.querySelectorAll('input.verdict-filter');
  var entity = document.getElementById('entity-filter');
  var shown = document.getElementById('shown');
  function apply() {
    var verdicts = {};
    for (var i = 0; i < boxes.length; i++) { if (boxes[i].checked) { verdicts[boxes[i].value] = true; } }
    var want = entity.value;
    var n = 0;
    for (var j = 0; j < docs.length; j++) {
      var d = data.docs[Number(docs[j].getAttribute('data-index'))];
      var ok = verdicts[d.verdict] === true && (want === '' || d.entities.indexOf(want) >= 0);
      docs[j].classList.toggle('hidden', !ok);
      if (ok) { n++; }
    }
    for (var r = 0; r < rows.length; r++) {
      var row = data.docs[Number(rows[r].getAttribute('data-index'))];
      rows[r].classList.toggle('hidden', !(verdicts[row.verdict] === true && (want === '' || row.entities.indexOf(want) >= 0)));
    }
    shown.textContent = n + ' of ' + docs.length + ' documents shown';
  }
  for (var k = 0; k < boxes.length; k++) { boxes[k].addEventListener('change', apply); }
  entity.addEventListener('change', apply);
  apply();
})();
