# Writes the reference values of test/stats/distributionsAgainstR.test.ts: Rscript test/stats/distributionsAgainstR.R
options(digits = 17)
f <- function(x) formatC(x, digits = 17, format = "g")
cat("NORMAL_CDF\n")
for (x in c(-37.5, -30, -20, -10, -8, -5.656, -4, -2.5, -1.959963984540054, -1, -0.6744, -0.3, -1e-9, 0, 0.1, 0.5, 0.7, 1, 1.644853626951472, 3, 5.7, 8)) cat(f(x), f(pnorm(x)), "\n")
cat("NORMAL_QUANTILE\n")
for (p in c(1e-300, 1e-100, 1e-20, 1e-12, 1e-10, 1e-5, 0.001, 0.025, 0.05, 0.074, 0.076, 0.2, 0.4, 0.5, 0.6, 0.9, 0.925, 0.95, 0.975, 0.995, 0.9999, 1 - 2^-30)) cat(f(p), f(qnorm(p)), "\n")
cat("T_CDF\n")
for (n in c(1, 1.5, 2, 3, 4.7, 10, 29, 100, 1000, 12345.6, 1e5, 1e6)) for (t in c(-40, -10, -5, -2.5, -1, -0.1, 0.3, 1.96, 4)) {
  ref <- if (n <= 4e5) pt(t, n) else if (t < 0) pbeta(t^2/(n+t^2), 0.5, n/2, lower.tail = FALSE)/2 else 0.5 + pbeta(t^2/(n+t^2), 0.5, n/2)/2
  cat(f(t), f(n), f(ref), "\n")
}
cat("T_QUANTILE\n")
for (n in c(1, 2, 3, 4.5, 7, 30, 120, 1000, 1e5, 4e5)) for (p in c(1e-10, 0.0005, 0.025, 0.05, 0.2, 0.45, 0.6, 0.9, 0.975, 0.995)) cat(f(p), f(n), f(qt(p, n)), "\n")
cat("F_UPPER\n")
for (d1 in c(1, 2, 3, 5, 8, 20)) for (d2 in c(5, 30, 97, 1000, 1e5, 1e6)) for (x in c(0.1, 1, 3, 10, 100, 1000)) cat(f(x), f(d1), f(d2), f(pf(x, d1, d2, lower.tail = FALSE)), "\n")
