;; proxy_grpc_stream with one bad pointer at a time.  Each string
;; (service, service_name, method_name): out of bounds (65536 + 1), ptr +
;; len wrapping past 2^32 (0xfffffff0 + 32), a length past the end of
;; memory (ptr + len = 65537).  Token out-pointer: out of bounds (65536),
;; wrapping (0xfffffffe + 4), straddling the end of memory (65534 + 4).
;; The token slot (preset to 0xaa bytes) is never written.
(module
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream {{params proxy_grpc_stream}}))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster_a")
  (data (i32.const 32) "pkg.Chat")
  (data (i32.const 48) "Talk")
  ;; out slot: 256 token
  (data (i32.const 256) "\aa\aa\aa\aa")
  (func $open (param $s i32) (param $sl i32) (param $n i32) (param $nl i32)
              (param $m i32) (param $ml i32) (param $tok i32)
    (drop (call $grpc_stream (local.get $s) (local.get $sl) (local.get $n)
                             (local.get $nl) (local.get $m) (local.get $ml) {{empty proxy_grpc_stream.initial_metadata}}
                             (local.get $tok))))
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    ;; service
    (call $open (i32.const 65536) (i32.const 1) (i32.const 32) (i32.const 8)
                (i32.const 48) (i32.const 4) (i32.const 256))
    (call $open (i32.const -16) (i32.const 32) (i32.const 32) (i32.const 8)
                (i32.const 48) (i32.const 4) (i32.const 256))
    (call $open (i32.const 16) (i32.const 65521) (i32.const 32) (i32.const 8)
                (i32.const 48) (i32.const 4) (i32.const 256))
    ;; service_name
    (call $open (i32.const 16) (i32.const 9) (i32.const 65536) (i32.const 1)
                (i32.const 48) (i32.const 4) (i32.const 256))
    (call $open (i32.const 16) (i32.const 9) (i32.const -16) (i32.const 32)
                (i32.const 48) (i32.const 4) (i32.const 256))
    (call $open (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 65505)
                (i32.const 48) (i32.const 4) (i32.const 256))
    ;; method_name
    (call $open (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                (i32.const 65536) (i32.const 1) (i32.const 256))
    (call $open (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                (i32.const -16) (i32.const 32) (i32.const 256))
    (call $open (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                (i32.const 48) (i32.const 65489) (i32.const 256))
    ;; token
    (call $open (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                (i32.const 48) (i32.const 4) (i32.const 65536))
    (call $open (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                (i32.const 48) (i32.const 4) (i32.const -2))
    (call $open (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                (i32.const 48) (i32.const 4) (i32.const 65534))
    (i32.const 1)))
