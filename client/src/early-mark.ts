performance.mark('entry-eval-start');
