;; local_response/send_from_callout: the usual "ask a service, then deny"
;; pattern.  on_request_headers starts an HTTP call and pauses
;; (stop_iteration).  on_http_call_response runs in the root context:
;; after proxy_set_effective_context(stream) proxy_send_local_response
;; answers that stream with 403
;; "denied by callout", body "no", {x-auth: 0}, grpc_status
;; permission_denied (7).
(module
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_set_effective_context"
    (func $set_effective (param i32) (result i32)))
  (import "env" "proxy_send_local_response"
    (func $send (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (global $stream (mut i32) (i32.const 0))
  (data (i32.const 16) "cluster")              ;; 7
  ;; {:method: GET, :path: /, :authority: example.com}, 71 bytes
  (data (i32.const 32) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\0b\00\00\00:method\00GET\00:path\00/\00:authority\00example.com\00")
  (data (i32.const 112) "denied by callout")   ;; 17
  (data (i32.const 144) "no")                  ;; 2
  ;; {x-auth: 0}, 21 bytes
  (data (i32.const 160) "\01\00\00\00\06\00\00\00\01\00\00\00x-auth\000\00")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (global.set $stream (local.get 0))
    (drop (call $http_call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 71)
                           (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                           (i32.const 1000) (i32.const 600)))
    (i32.const 1))
  (func $deny
    (drop (call $send (i32.const 403) (i32.const 112) (i32.const 17)
                      (i32.const 144) (i32.const 2) (i32.const 160) (i32.const 21)
                      (i32.const 7))))
  (func (export "proxy_on_http_call_response") (param i32 i32 i32 i32 i32)
    (drop (call $set_effective (global.get $stream)))
    (call $deny)))
