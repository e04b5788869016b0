;; http_call/call_and_response: on_request_headers of a stream starts an
;; HTTP call (upstream "cluster", GET /x for example.com plus x-extra, no
;; body, trailers {t: 1}, timeout 5000 ms) and remembers the token.  When
;; the response arrives, on_http_call_response logs what it was given:
;;   "root" or "not root"    context_id is the root context (as seen in
;;                           on_configure)
;;   "token" or "not token"  the token the call wrote
;;   then the first headers_count, body_size and trailers_count digits of
;;   "0123456789", so the log shows the three counts.
(module
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $heap (mut i32) (i32.const 4096))
  (global $root (mut i32) (i32.const 0))
  (data (i32.const 16) "cluster")
  ;; {:method: GET, :path: /x, :authority: example.com, x-extra: v}, 90 bytes
  (data (i32.const 32) "\04\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\02\00\00\00\0a\00\00\00\0b\00\00\00\07\00\00\00\01\00\00\00:method\00GET\00:path\00/x\00:authority\00example.com\00x-extra\00v\00")
  ;; {t: 1}, 16 bytes
  (data (i32.const 128) "\01\00\00\00\01\00\00\00\01\00\00\00t\001\00")
  (data (i32.const 160) "0123456789")
  (data (i32.const 176) "not root")    ;; "root" at 180
  (data (i32.const 192) "not token")   ;; "token" at 196
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (global.set $root (local.get 0))
    (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $http_call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 90)
                           (i32.const 0) (i32.const 0) (i32.const 128) (i32.const 16)
                           (i32.const 5000) (i32.const 600)))
    (i32.const 1))
  (func (export "proxy_on_http_call_response") (param $ctx i32) (param $token i32)
        (param $nh i32) (param $nb i32) (param $nt i32)
    (if (i32.eq (local.get $ctx) (global.get $root))
      (then (drop (call $log (i32.const 2) (i32.const 180) (i32.const 4))))
      (else (drop (call $log (i32.const 2) (i32.const 176) (i32.const 8)))))
    (if (i32.eq (local.get $token) (i32.load (i32.const 600)))
      (then (drop (call $log (i32.const 2) (i32.const 196) (i32.const 5))))
      (else (drop (call $log (i32.const 2) (i32.const 192) (i32.const 9)))))
    (drop (call $log (i32.const 2) (i32.const 160) (local.get $nh)))
    (drop (call $log (i32.const 2) (i32.const 160) (local.get $nb)))
    (drop (call $log (i32.const 2) (i32.const 160) (local.get $nt)))))
