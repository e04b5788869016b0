;; headers/end_of_stream: each header callback returns its third argument.
;; From 0.2.0 that is end_of_stream ({{eos}} adds the parameter); before,
;; the callbacks have two parameters and the third slot is a local that
;; is always 0.  Returning end_of_stream as the action makes the value the
;; guest received observable: 1 is stop_iteration, 0 continue.
(module
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}}
    (result i32) (local i32)
    (local.get 2))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}}
    (result i32) (local i32)
    (local.get 2)))
