// The countdown of an attempt. The server fixed the deadline; this only shows the seconds left and, at zero,
// submits what was saved (the server would close it anyway, a little later).
(function () {
  var label = document.getElementById('timeLeft');
  if (!label) {
    return;
  }
  var end = Date.now() + Number(label.getAttribute('data-seconds')) * 1000;
  var timer = document.getElementById('timer');
  var submitted = false;
  function tick() {
    var left = Math.max(0, Math.round((end - Date.now()) / 1000));
    var minutes = Math.floor(left / 60);
    var seconds = left % 60;
    label.textContent = minutes + ':' + (seconds < 10 ? '0' : '') + seconds;
    if (left <= 60) {
      timer.classList.add('ls-urgent');
    }
    if (left === 0 && !submitted) {
      submitted = true;
      document.getElementById('timeUp').style.display = 'block';
      if (typeof submitAtDeadline === 'function') {
        submitAtDeadline();
      }
      return;
    }
    setTimeout(tick, 1000);
  }
  tick();
})();
