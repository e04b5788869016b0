;; local_response/continue: module of continue_request and continue_response.
;; A header callback with headers (count > 0) pauses its direction: it
;; starts an HTTP call and returns stop_iteration.  on_http_call_response
;; switches to that stream (proxy_set_effective_context), reads a header
;; of the paused map (:path or :status), resumes with
;; proxy_continue_request or proxy_continue_response, and reads it again
;; (the resume takes effect only after the callback).  The body callbacks
;; then read the same header, whose map is no longer available.
(module
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_set_effective_context"
    (func $set_effective (param i32) (result i32)))
  (import "env" "proxy_continue_request" (func $continue_request (result i32)))
  (import "env" "proxy_continue_response" (func $continue_response (result i32)))
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (global $stream (mut i32) (i32.const 0))
  (global $map (mut i32) (i32.const 0))    ;; 0 request, 2 response headers
  (global $key (mut i32) (i32.const 0))    ;; :path or :status
  (global $keylen (mut i32) (i32.const 0))
  (data (i32.const 16) "cluster")
  (data (i32.const 112) ":path")      ;; 5
  (data (i32.const 128) ":status")    ;; 7
  ;; {:method: GET, :path: /, :authority: example.com}, 71 bytes
  (data (i32.const 32) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\0b\00\00\00:method\00GET\00:path\00/\00:authority\00example.com\00")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func $pause (param $ctx i32) (param $count i32) (param $map i32) (result i32)
    (if (i32.eqz (local.get $count)) (then (return (i32.const 0))))
    (global.set $stream (local.get $ctx))
    (global.set $map (local.get $map))
    (global.set $key (select (i32.const 112) (i32.const 128) (i32.eqz (local.get $map))))
    (global.set $keylen (select (i32.const 5) (i32.const 7) (i32.eqz (local.get $map))))
    (drop (call $http_call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 71)
                           (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                           (i32.const 1000) (i32.const 600)))
    (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (call $pause (local.get 0) (local.get 1) (i32.const {{map request_headers}})))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}} (result i32)
    (call $pause (local.get 0) (local.get 1) (i32.const {{map response_headers}})))
  (func (export "proxy_on_http_call_response") (param i32 i32 i32 i32 i32)
    (drop (call $set_effective (global.get $stream)))
    (drop (call $get (global.get $map) (global.get $key) (global.get $keylen) (i32.const 512) (i32.const 516)))
    (if (i32.eqz (global.get $map))
      (then (drop (call $continue_request)))
      (else (drop (call $continue_response))))
    (drop (call $get (global.get $map) (global.get $key) (global.get $keylen) (i32.const 512) (i32.const 516))))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 112) (i32.const 5) (i32.const 512) (i32.const 516)))
    (i32.const 0))
  (func (export "proxy_on_response_body") (param i32 i32 i32) (result i32)
    (drop (call $get (i32.const {{map response_headers}}) (i32.const 128) (i32.const 7) (i32.const 512) (i32.const 516)))
    (i32.const 0)))
