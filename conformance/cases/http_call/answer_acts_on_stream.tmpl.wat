;; http_call/answer_acts_on_stream: the pattern of an authorization
;; filter.  A stream's on_request_headers makes an HTTP call and stops
;; (stop_iteration).  The answer arrives on the root context; there the
;; guest makes the stream its effective context again
;; (proxy_set_effective_context with the stream's id, remembered from
;; proxy_on_context_create) and answers the stream itself:
;; proxy_send_local_response(403, details "denied", body "no", no
;; headers, no gRPC status).  The callback traps if it does not run on the
;; root context.
(module
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_set_effective_context"
    (func $set_effective (param i32) (result i32)))
  (import "env" "proxy_send_local_response"
    (func $send_local (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster")
  ;; {:method: GET, :path: /, :authority: a}, 61 bytes
  (data (i32.const 32) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\01\00\00\00:method\00GET\00:path\00/\00:authority\00a\00")
  (data (i32.const 112) "denied")
  (data (i32.const 128) "no")
  (global $root (mut i32) (i32.const 0))
  (global $stream (mut i32) (i32.const 0))
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 4096))
  (func (export "{{export proxy_on_context_create}}") (param $ctx i32) (param $parent i32)
    (if (i32.eqz (local.get $parent))
      (then (global.set $root (local.get $ctx)))
      (else (global.set $stream (local.get $ctx)))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $http_call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 61)
                           (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                           (i32.const 1000) (i32.const 600)))
    (i32.const 1))
  (func (export "proxy_on_http_call_response") (param $ctx i32) (param i32 i32 i32 i32)
    (if (i32.ne (local.get $ctx) (global.get $root)) (then unreachable))
    (drop (call $set_effective (global.get $stream)))
    (drop (call $send_local (i32.const 403) (i32.const 112) (i32.const 6)
                            (i32.const 128) (i32.const 2) (i32.const 0) (i32.const 0)
                            (i32.const -1)))))
