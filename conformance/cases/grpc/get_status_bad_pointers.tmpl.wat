;; proxy_get_status with one bad out-pointer at a time, read where a status
;; is recorded: inside proxy_on_http_call_response for a failed HTTP call
;; (the call has the same signature in every version, so the case runs in
;; all of them).  code, message and message_len: out of bounds (65536),
;; ptr + 4 wrapping past 2^32 (0xfffffffe), straddling the end of memory
;; (65534 + 4).  A good call then reads code 11 (broken_connection).
(module
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_status"
    (func $get_status (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster")
  ;; {:method: GET, :path: /, :authority: a}, 61 bytes
  (data (i32.const 32) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\01\00\00\00:method\00GET\00:path\00/\00:authority\00a\00")
  ;; out slots: 256 token, 272 code, 276 message pointer, 280 message length
  (global $heap (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $http_call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 61)
                           (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                           (i32.const 1000) (i32.const 256)))
    (i32.const 1))
  (func (export "proxy_on_http_call_response") (param i32 i32 i32 i32 i32)
    ;; code
    (drop (call $get_status (i32.const 65536) (i32.const 276) (i32.const 280)))
    (drop (call $get_status (i32.const -2) (i32.const 276) (i32.const 280)))
    (drop (call $get_status (i32.const 65534) (i32.const 276) (i32.const 280)))
    ;; message
    (drop (call $get_status (i32.const 272) (i32.const 65536) (i32.const 280)))
    (drop (call $get_status (i32.const 272) (i32.const -2) (i32.const 280)))
    (drop (call $get_status (i32.const 272) (i32.const 65534) (i32.const 280)))
    ;; message_len
    (drop (call $get_status (i32.const 272) (i32.const 276) (i32.const 65536)))
    (drop (call $get_status (i32.const 272) (i32.const 276) (i32.const -2)))
    (drop (call $get_status (i32.const 272) (i32.const 276) (i32.const 65534)))
    (drop (call $get_status (i32.const 272) (i32.const 276) (i32.const 280)))))
