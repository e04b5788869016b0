;; Host-call benchmark guest: `spin(n)` makes n proxy_log calls inside Wasm,
;; `proxy_on_tick` makes one (a host -> callback -> import round trip
;; through the generated typed caller).
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "hello")
  (func (export "spin") (param $n i32) (result i32) (local $acc i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $acc (i32.add (local.get $acc)
          (call $log (i32.const 2) (i32.const 16) (i32.const 5))))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (local.get $acc))
  (func (export "proxy_on_tick") (param i32)
    (drop (call $log (i32.const 2) (i32.const 16) (i32.const 5)))))
